package org.factline.ingest.read;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's schema.org JSON-LD says about its article. Pages put the article node at the top, in an
 * array, or in a {@code @graph} with its publisher as an {@code @id} reference; some scripts are broken
 * JSON (comments, trailing commas, raw line breaks in strings, several objects in a row). What can be
 * read is used, the rest is ignored: metadata is a hint, never a reason to refuse a page.
 *
 * @param datePublished the article's {@code datePublished} as written, or null
 * @param publisher     the name of the article's publisher, or null
 */
record HtmlJsonLd(String datePublished, String publisher) {

    private static final ObjectReader JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build()
            .readerFor(JsonNode.class);

    /** schema.org types of news pages that are not called {@code …Article}. */
    private static final Set<String> OTHER_ARTICLE_TYPES = Set.of("BlogPosting", "LiveBlogPosting", "Report",
            "SocialMediaPosting");

    static HtmlJsonLd of(Document page) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            readNodes(script.data(), nodes);
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode node : nodes) {
            String id = text(node.get("@id"));
            if (id != null) {
                byId.putIfAbsent(id, node);
            }
        }
        JsonNode article = nodes.stream().filter(HtmlJsonLd::isArticle).findFirst().orElse(null);
        String date = article != null ? text(article.get("datePublished")) : null;
        String publisher = article != null ? name(article.get("publisher"), byId) : null;
        // A WebPage node often carries the dates when the article node does not.
        for (JsonNode node : nodes) {
            date = date != null ? date : text(node.get("datePublished"));
            publisher = publisher != null ? publisher : name(node.get("publisher"), byId);
        }
        return new HtmlJsonLd(date, publisher);
    }

    /** Adds every object of a script, arrays and {@code @graph}s flattened, to {@code nodes}. */
    private static void readNodes(String script, List<JsonNode> nodes) {
        String json = script.strip();
        // Old pages hide scripts from old browsers in comments or CDATA sections.
        json = json.replaceFirst("^(?://\\s*)?(?:<!--|<!\\[CDATA\\[)", "").replaceFirst("(?://\\s*)?(?:-->|]]>)$", "");
        try (MappingIterator<JsonNode> values = JSON.readValues(json)) {
            while (values.hasNextValue()) {
                flatten(values.nextValue(), nodes);
            }
        } catch (IOException | RuntimeException e) {
            // Broken JSON-LD: keep what was read before the damage.
        }
    }

    private static void flatten(JsonNode value, List<JsonNode> nodes) {
        if (value.isArray()) {
            value.forEach(item -> flatten(item, nodes));
        } else if (value.isObject()) {
            nodes.add(value);
            JsonNode graph = value.get("@graph");
            if (graph != null) {
                flatten(graph, nodes);
            }
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        List<JsonNode> types = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(types::add);
        } else if (type != null) {
            types.add(type);
        }
        for (JsonNode t : types) {
            String name = t.asText();
            name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf(':')) + 1);
            if (name.endsWith("Article") || OTHER_ARTICLE_TYPES.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** A publisher's name: given inline, as a string, or through an {@code @id} reference to another node. */
    private static String name(JsonNode publisher, Map<String, JsonNode> byId) {
        if (publisher == null) {
            return null;
        }
        if (publisher.isArray()) {
            return publisher.isEmpty() ? null : name(publisher.get(0), byId);
        }
        if (publisher.isTextual()) {
            return text(publisher);
        }
        String name = text(publisher.get("name"));
        if (name == null) {
            JsonNode referenced = byId.get(text(publisher.get("@id")));
            name = referenced != null && referenced != publisher ? text(referenced.get("name")) : null;
        }
        return name;
    }

    /** The text of a value: a string, the first of an array, or an {@code @value} object. */
    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            return value.isEmpty() ? null : text(value.get(0));
        }
        if (value.isObject()) {
            return text(value.get("@value"));
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }
}
