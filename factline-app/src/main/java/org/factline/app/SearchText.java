package org.factline.app;

import java.io.PrintWriter;
import java.util.Locale;
import org.factline.knowledge.search.SearchHit;
import org.factline.knowledge.search.SearchResults;
import org.factline.knowledge.search.Snippet;

/**
 * Search results for a reader: each hit on a line (kind, date, document, and who says it or what happened), its
 * snippet below with the matches marked, then how many were found.
 *
 * <pre>
 * claim    2025-04-26  000_bbddf157615b990c  Valery Gerasimov · ASSERT
 *     «Aujourd'hui, la dernière localité sur le territoire de la région de [Koursk], le village de …
 * </pre>
 *
 * <p>Everything printed comes from articles, which anyone may have written: control characters (which a
 * terminal would obey) and the marks that reorder text are taken out before printing.
 */
final class SearchText {

    /** How matches are marked: bold on a terminal, else in brackets, which survive files and pipes. */
    enum Marks {
        BOLD("\u001b[1m", "\u001b[22m"), BRACKETS("[", "]");

        final String open;
        final String close;

        Marks(String open, String close) {
            this.open = open;
            this.close = close;
        }
    }

    private SearchText() {
    }

    static void print(SearchResults results, boolean byDate, Marks marks, PrintWriter out) {
        for (SearchHit hit : results.hits()) {
            out.printf("%-8s %-10s  %s%s%n", hit.kind().name().toLowerCase(Locale.ROOT),
                    hit.date() == null ? "undated" : printable(hit.date()), printable(hit.doc()), about(hit));
            out.println("    " + marked(hit.snippet(), marks));
        }
        out.println(total(results, byDate));
    }

    /** What the hit is about, after its document: an article's title, who makes a claim, what an event is. */
    private static String about(SearchHit hit) {
        String about = switch (hit.kind()) {
            case ARTICLE -> hit.title();
            case CLAIM -> join(hit.speaker(), hit.type());
            case EVENT -> join(hit.type(), hit.speaker() == null ? null : "asserted by " + hit.speaker());
        };
        return about == null || about.isBlank() ? "" : "  " + printable(about);
    }

    private static String join(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + " · " + second;
    }

    private static String total(SearchResults results, boolean byDate) {
        long total = results.total();
        int shown = results.hits().size();
        if (total == 0) {
            return "Nothing found.";
        }
        if (shown >= total) {
            return total + " found.";
        }
        return total + " found; the " + (byDate ? "first " + shown + " by date" : shown + " best") + " shown "
                + "(--limit N for more).";
    }

    /** The snippet on one line, its matches marked, "…" where the text goes on. */
    static String marked(Snippet snippet, Marks marks) {
        String text = snippet.text();
        StringBuilder out = new StringBuilder(snippet.cutBefore() ? "… " : "");
        int at = 0;
        for (Snippet.Highlight h : snippet.highlights()) {
            out.append(printable(text.substring(at, h.start())))
                    .append(marks.open).append(printable(text.substring(h.start(), h.end()))).append(marks.close);
            at = h.end();
        }
        out.append(printable(text.substring(at)));
        if (snippet.cutAfter()) {
            out.append(" …");
        }
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    /**
     * The text without what a terminal would act on rather than show: control characters (escape sequences,
     * bells, line breaks) and line separators become spaces; the marks that embed, override or isolate the
     * direction of text ("Trojan source") are dropped.
     */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (isDirectionControl(c)) {
                return;
            }
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                out.append(' ');
            } else if (type == Character.SURROGATE) {
                out.append('\uFFFD'); // half of a pair, which no terminal can show
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static boolean isDirectionControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
