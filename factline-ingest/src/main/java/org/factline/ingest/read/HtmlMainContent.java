package org.factline.ingest.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the element of a page that holds the article, and reads it as paragraphs.
 *
 * <p>The container is the page's own word for it when it has one ({@code <article>}, then
 * {@code itemprop=articleBody}, then {@code <main>}), unless that element holds less than half the text
 * of the densest block: then it is a teaser or a wrapper of something else, and the densest block wins.
 * Density is a readability-style score: each paragraph of some length gives points (one, plus one per
 * comma, plus one per hundred characters up to three) to its parent and half as many to its
 * grandparent; a candidate's points shrink with the share of its text that is links.
 */
final class HtmlMainContent {

    private static final List<String> SEMANTIC_CONTAINERS = List.of("article", "[itemprop=articleBody]", "main, [role=main]");
    private static final String PARAGRAPHS = "p, h2, h3, h4, blockquote, li";
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "h2", "h3", "h4", "blockquote", "li");
    /** Shorter paragraphs (datelines, "Partager") say nothing about where the article is. */
    private static final int MIN_SCORED_PARAGRAPH = 25;
    /** A block of bare text without {@code <p>} counts as a paragraph from this length; shorter ones are labels. */
    private static final int MIN_BARE_PARAGRAPH = 80;

    private HtmlMainContent() {
    }

    static Element container(Element body) {
        Element densest = densest(body);
        int densestText = densest == null ? 0 : textLength(densest);
        for (String query : SEMANTIC_CONTAINERS) {
            Element best = null;
            int bestText = 0;
            for (Element candidate : body.select(query)) {
                int text = textLength(candidate);
                if (text > bestText) {
                    best = candidate;
                    bestText = text;
                }
            }
            if (best != null && 2 * bestText >= densestText) {
                return best;
            }
        }
        return densest != null ? densest : body;
    }

    /**
     * The paragraphs of a page's container: its {@code p}, {@code h2}–{@code h4}, {@code blockquote} and
     * {@code li} elements, and long blocks of bare text; when it has none of these, all its text.
     */
    static List<String> paragraphs(Element container) {
        List<String> paragraphs = new ArrayList<>();
        collect(container, false, paragraphs);
        if (paragraphs.isEmpty()) {
            collect(container, true, paragraphs);
        }
        return paragraphs;
    }

    /** All the text of a fragment (a feed item's content), in paragraphs: no page furniture to avoid there. */
    static List<String> allParagraphs(Element fragment) {
        List<String> paragraphs = new ArrayList<>();
        collect(fragment, true, paragraphs);
        return paragraphs;
    }

    /**
     * Walks {@code element} in page order. Paragraph elements are read whole; other blocks are entered.
     * With {@code loose}, text outside paragraph elements is read too, a blank line (two {@code <br>})
     * or a block boundary ending each paragraph.
     */
    private static void collect(Element element, boolean loose, List<String> out) {
        StringBuilder run = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                if (loose) {
                    run.append(spaced(text));
                }
            } else if (child instanceof Element e) {
                if (e.normalName().equals("br")) {
                    run.append(loose ? "\n" : "");
                } else if (PARAGRAPH_TAGS.contains(e.normalName()) && !holdsParagraphs(e)) {
                    flush(run, out);
                    out.addAll(ParagraphText.ofPlainText(inlineText(e)));
                } else if (isBlock(e) || holdsParagraphs(e)) {
                    flush(run, out);
                    if (!loose && isBareTextBlock(e)) {
                        out.addAll(ParagraphText.ofPlainText(inlineText(e)));
                    } else {
                        collect(e, loose, out);
                    }
                } else if (loose) {
                    run.append(inlineText(e));
                }
            }
        }
        flush(run, out);
    }

    private static void flush(StringBuilder run, List<String> out) {
        out.addAll(ParagraphText.ofPlainText(run.toString()));
        run.setLength(0);
    }

    /** The text of {@code e} with line breaks only where the page breaks lines: at {@code <br>} and blocks. */
    private static String inlineText(Element e) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(spaced(t));
                } else if (node instanceof Element inner && inner != e) {
                    if (inner.normalName().equals("br")) {
                        text.append('\n');
                    } else if (isBlock(inner)) {
                        text.append("\n\n");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element inner && inner != e && isBlock(inner)) {
                    text.append("\n\n");
                }
            }
        }, e);
        return text.toString();
    }

    /** The text of a text node with its source line breaks made spaces: only markup breaks lines. */
    private static String spaced(TextNode text) {
        return text.getWholeText().replace('\n', ' ').replace('\r', ' ').replace('\t', ' ').replace('\f', ' ');
    }

    /** Whether {@code e} starts a new block of text; jsoup counts {@code <br>} as a block, a line break here. */
    static boolean isBlock(Element e) {
        return e.isBlock() && !e.normalName().equals("br");
    }

    private static boolean holdsParagraphs(Element e) {
        return e.select(PARAGRAPHS).stream().anyMatch(inner -> inner != e);
    }

    private static boolean isBareTextBlock(Element e) {
        return e.getAllElements().stream().noneMatch(inner -> inner != e && isBlock(inner))
                && e.text().length() >= MIN_BARE_PARAGRAPH;
    }

    private static int textLength(Element e) {
        int length = 0;
        for (String paragraph : paragraphs(e)) {
            length += paragraph.length();
        }
        return length;
    }

    private static Element densest(Element body) {
        Map<Element, Double> scores = new LinkedHashMap<>();
        for (Element p : body.select("p")) {
            String text = p.text();
            if (text.length() < MIN_SCORED_PARAGRAPH) {
                continue;
            }
            double score = 1 + text.chars().filter(c -> c == ',').count() + Math.min(text.length() / 100, 3);
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), score / 2, Double::sum);
                }
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double score = entry.getValue() * (1 - linkDensity(entry.getKey()));
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    private static double linkDensity(Element e) {
        int text = e.text().length();
        if (text == 0) {
            return 0;
        }
        int links = 0;
        for (Element link : e.select("a")) {
            links += link.text().length();
        }
        return Math.min(1.0, (double) links / text);
    }
}
