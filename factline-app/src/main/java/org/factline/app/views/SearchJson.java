package org.factline.app.views;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.factline.knowledge.search.SearchHit;
import org.factline.knowledge.search.SearchResults;
import org.factline.knowledge.search.Snippet;

/**
 * Search results as one JSON object: {@code total}, and {@code hits}, best first. A snippet is plain text; its
 * {@code highlights} are {@code start}/{@code end} offsets into it in UTF-16 code units, as the offsets of
 * {@code factline extract} are, and {@code snippet_offset} is where it starts in the document's text.
 */
public final class SearchJson {

    private SearchJson() {
    }

    /** On one line, as {@code factline search --format json} prints it. */
    public static String of(SearchResults results) {
        return Json.compact(object(results));
    }

    public static Map<String, Object> object(SearchResults results) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("total", results.total());
        o.put("hits", results.hits().stream().map(SearchJson::hit).toList());
        return o;
    }

    private static Map<String, Object> hit(SearchHit h) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("kind", h.kind().name().toLowerCase(Locale.ROOT));
        o.put("id", h.id());
        o.put("article", h.articleId());
        o.put("doc", h.doc());
        o.put("lang", h.language());
        o.put("date", h.date());
        o.put("reported", h.reported());
        o.put("title", h.title());
        o.put("speaker", h.speaker());
        o.put("type", h.type());
        o.put("score", h.score());
        o.put("snippet", h.snippet().text());
        o.put("snippet_offset", h.snippet().offset());
        o.put("highlights", h.snippet().highlights().stream()
                .map(SearchJson::span)
                .toList());
        return o;
    }

    private static Map<String, Object> span(Snippet.Highlight h) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("start", h.start());
        o.put("end", h.end());
        return o;
    }
}
