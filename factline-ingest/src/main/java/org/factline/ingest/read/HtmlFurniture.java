package org.factline.ingest.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factline.model.lang.DataFile;
import java.util.Set;
import java.util.regex.Pattern;
import org.factline.model.Removal;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * What on a page is not article text: menus, banners, share buttons, ads, comments, lists of links to
 * other articles, and the captions and credits of pictures. The patterns are data, in
 * {@code html-furniture.txt}; the shapes of link lists are here.
 */
final class HtmlFurniture {

    static final HtmlFurniture STANDARD = load("org/factline/ingest/read/html-furniture.txt");

    /** Elements that hold the article itself; they survive whatever their name says. */
    private static final String ARTICLE = "article, main, [role=main], [itemprop=articleBody], h1";
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern CAMEL_CASE = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern LINK_SEPARATORS = Pattern.compile("[\\s\\u00A0,;|/•·–—-]*");
    /** A list whose text is this much link text is a list of links to elsewhere, not article text. */
    private static final double LINK_LIST_DENSITY = 0.8;
    /** The longest label ("Lire aussi", "Read more:", "Sur le même sujet") before a list of links. */
    private static final int MAX_LABEL = 40;

    private final Map<String, Set<String>> patterns;

    private HtmlFurniture(Map<String, Set<String>> patterns) {
        this.patterns = patterns;
    }

    /** Removes the furniture below {@code root}, which itself stays. */
    void strip(Element root) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return node instanceof Element e && e != root && isFurniture(e) && !holdsArticle(e)
                        ? FilterResult.REMOVE
                        : FilterResult.CONTINUE;
            }
        }, root);
        for (Element list : root.select("ul, ol")) {
            if (list.parent() != null && list != root && isLinkList(list) && !holdsArticle(list)) {
                Element label = list.previousElementSibling();
                if (label != null && isLabel(label)) {
                    label.remove();
                }
                list.remove();
            }
        }
        for (Element block : root.select("p, div, section")) {
            if (block.parent() != null && block != root && isLabelledLinks(block)) {
                block.remove();
            }
        }
    }

    /** Removes the captions and credits below {@code container} and returns them in page order. */
    List<Removal> takeCaptions(Element container) {
        List<Removal> captions = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e != container && isCaption(e)) {
                    String text = ParagraphText.collapse(e.text());
                    if (!text.isEmpty()) {
                        captions.add(new Removal(Removal.Kind.CAPTION, text));
                    }
                    return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }
        }, container);
        return captions;
    }

    private boolean isFurniture(Element e) {
        String tag = e.normalName();
        return patterns.get("tag").contains(tag)
                || patterns.get("page-tag").contains(tag) && e.closest("article") == null
                || patterns.get("role").contains(e.attr("role").trim().toLowerCase(Locale.ROOT))
                || e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")
                || HIDDEN_STYLE.matcher(e.attr("style").toLowerCase(Locale.ROOT)).find()
                || hasWord(e, patterns.get("class"));
    }

    private boolean isCaption(Element e) {
        return e.normalName().equals("figcaption") || hasWord(e, patterns.get("caption"));
    }

    private static boolean holdsArticle(Element e) {
        return e.selectFirst(ARTICLE) != null;
    }

    /** Whether a class name or the id of {@code e} contains one of {@code words} as whole words. */
    private static boolean hasWord(Element e, Set<String> words) {
        if (!e.hasAttr("class") && !e.hasAttr("id")) {
            return false;
        }
        List<String> names = new ArrayList<>(e.classNames());
        names.add(e.id());
        for (String name : names) {
            if (name.isEmpty()) {
                continue;
            }
            String lower = CAMEL_CASE.matcher(name).replaceAll("$1-$2").toLowerCase(Locale.ROOT);
            String dashed = "-" + NOT_A_WORD.matcher(lower).replaceAll("-") + "-";
            for (String word : words) {
                if (dashed.contains("-" + word + "-")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isLinkList(Element list) {
        int text = list.text().length();
        return text > 0 && linkText(list) >= LINK_LIST_DENSITY * text;
    }

    private static int linkText(Element e) {
        int length = 0;
        for (Element link : e.select("a")) {
            length += link.text().length();
        }
        return length;
    }

    /** A short line without links, like the "Lire aussi" heading above a list of links. */
    private static boolean isLabel(Element e) {
        String text = ParagraphText.collapse(e.text());
        return !text.isEmpty() && text.length() <= MAX_LABEL
                && e.select("a, img, ul, ol, p").stream().allMatch(inner -> inner == e);
    }

    /**
     * A block made of links and nothing else but an optional leading label ("Lire aussi : <a>…</a>",
     * "<strong>Read more</strong> <a>…</a>"). A sentence with links in it does not qualify: after the
     * first link only separators may appear, and the label must end with a colon or be set apart in
     * its own element, so "Selon <a>Tass</a>, …" stays.
     */
    private static boolean isLabelledLinks(Element block) {
        StringBuilder label = new StringBuilder();
        boolean labelSetApart = true;
        boolean links = false;
        for (Node node : block.childNodes()) {
            if (isLink(node)) {
                links = true;
            } else if (links) {
                if (!(node instanceof TextNode text && LINK_SEPARATORS.matcher(text.text()).matches())
                        && !(node instanceof Element e && e.normalName().equals("br"))) {
                    return false;
                }
            } else if (node instanceof TextNode text) {
                label.append(text.text());
                labelSetApart &= text.isBlank();
            } else if (node instanceof Element e && !HtmlMainContent.isBlock(e) && e.select("a").isEmpty()) {
                label.append(e.text());
            } else {
                return false;
            }
        }
        String labelText = ParagraphText.collapse(label.toString());
        return links && labelText.length() <= MAX_LABEL
                && (labelText.isEmpty() || labelText.endsWith(":") || labelSetApart);
    }

    private static boolean isLink(Node node) {
        if (!(node instanceof Element e)) {
            return false;
        }
        if (e.normalName().equals("a")) {
            return true;
        }
        int text = e.text().length();
        return text > 0 && !e.select("a").isEmpty() && linkText(e) == text;
    }

    private static HtmlFurniture load(String resource) {
        Map<String, Set<String>> patterns = new HashMap<>();
        for (String kind : List.of("tag", "page-tag", "role", "class", "caption")) {
            patterns.put(kind, new HashSet<>());
        }
        for (DataFile.Line line : DataFile.lines(resource)) {
            String[] fields = line.text().split("\t");
            Set<String> kind = fields.length == 2 ? patterns.get(fields[0]) : null;
            if (kind == null) {
                throw line.malformed("expected kind<TAB>value");
            }
            kind.add(fields[1].trim().toLowerCase(Locale.ROOT));
        }
        patterns.replaceAll((kind, values) -> Set.copyOf(values));
        return new HtmlFurniture(Map.copyOf(patterns));
    }
}
