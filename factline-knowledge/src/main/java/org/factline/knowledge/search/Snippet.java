package org.factline.knowledge.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A short passage of a found document's text with where the query matched in it, as plain text: whoever shows
 * it escapes it for its medium and marks the matches as it likes.
 *
 * @param text       the passage, line breaks made spaces
 * @param offset     where the passage starts in the document's text (for an article, in the article's text)
 * @param cutBefore  whether the text goes on before the passage
 * @param cutAfter   whether the text goes on after it
 * @param highlights the matches, as offsets into {@code text}, in order and not overlapping
 */
public record Snippet(String text, int offset, boolean cutBefore, boolean cutAfter, List<Highlight> highlights) {

    /** About how long a snippet is, in characters. */
    public static final int LENGTH = 240;

    /** How much of the text before the first match a snippet shows, at most. */
    private static final int LEAD = 60;

    /** A match: {@code [start, end)} in the snippet's text. */
    public record Highlight(int start, int end) {

        public Highlight {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("invalid highlight [" + start + ", " + end + ")");
            }
        }
    }

    public Snippet {
        Objects.requireNonNull(text, "text");
        highlights = List.copyOf(highlights);
        for (Highlight h : highlights) {
            if (h.end() > text.length()) {
                throw new IllegalArgumentException("highlight " + h + " beyond snippet of length " + text.length());
            }
        }
    }

    /**
     * The passage of about {@code length} characters of {@code text} that holds the most matches, cut between
     * words; the opening of the text when nothing matched in it.
     *
     * @param matches {@code [start, end)} offsets into {@code text}, in any order, possibly overlapping
     */
    public static Snippet of(String text, List<Highlight> matches, int length) {
        List<Highlight> merged = merge(matches, text.length());
        int start = 0;
        int end = Math.min(text.length(), length);
        if (!merged.isEmpty()) {
            Highlight first = densest(merged, length - LEAD);
            start = Math.max(0, first.start() - LEAD);
            end = Math.min(text.length(), Math.max(first.end(), start + length));
            start = wordStart(text, start, first.start());
        }
        end = wordEnd(text, start, end, firstEndAfter(merged, start));
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        List<Highlight> inside = new ArrayList<>();
        for (Highlight h : merged) {
            if (h.start() >= start && h.end() <= end) {
                inside.add(new Highlight(h.start() - start, h.end() - start));
            }
        }
        String passage = text.substring(start, end).replaceAll("[\\r\\n\\t]", " ");
        return new Snippet(passage, start, start > 0, end < text.length(), inside);
    }

    /** The snippet as one line, its matches between {@code open} and {@code close}, "…" where it is cut. */
    public String marked(String open, String close) {
        StringBuilder out = new StringBuilder(cutBefore ? "… " : "");
        int at = 0;
        for (Highlight h : highlights) {
            out.append(text, at, h.start()).append(open).append(text, h.start(), h.end()).append(close);
            at = h.end();
        }
        out.append(text, at, text.length());
        if (cutAfter) {
            out.append(" …");
        }
        return out.toString().replaceAll(" {2,}", " ");
    }

    /** Sorted, overlapping or touching matches joined, those beyond the text dropped. */
    private static List<Highlight> merge(List<Highlight> matches, int textLength) {
        List<Highlight> sorted = matches.stream()
                .filter(h -> h.end() <= textLength && h.end() > h.start())
                .sorted(Comparator.comparingInt(Highlight::start).thenComparingInt(Highlight::end))
                .toList();
        List<Highlight> merged = new ArrayList<>();
        for (Highlight h : sorted) {
            Highlight last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && h.start() <= last.end()) {
                merged.set(merged.size() - 1, new Highlight(last.start(), Math.max(last.end(), h.end())));
            } else {
                merged.add(h);
            }
        }
        return merged;
    }

    /** The match that starts the window of {@code width} characters holding the most matches; the first on a tie. */
    private static Highlight densest(List<Highlight> matches, int width) {
        Highlight best = matches.getFirst();
        int bestCount = 0;
        for (int i = 0; i < matches.size(); i++) {
            int count = 0;
            for (int j = i; j < matches.size() && matches.get(j).end() <= matches.get(i).start() + width; j++) {
                count++;
            }
            if (count > bestCount) {
                best = matches.get(i);
                bestCount = count;
            }
        }
        return best;
    }

    /** {@code at}, moved forward to the start of a word if it falls inside one, but not past {@code limit}. */
    private static int wordStart(String text, int at, int limit) {
        if (at == 0 || Character.isWhitespace(text.charAt(at - 1))) {
            return at;
        }
        int space = at;
        while (space < limit && !Character.isWhitespace(text.charAt(space))) {
            space++;
        }
        return space < limit ? space + 1 : at;
    }

    /** {@code at}, moved back to the end of a word if it falls inside one, but not before {@code limit}. */
    private static int wordEnd(String text, int start, int at, int limit) {
        if (at == text.length() || Character.isWhitespace(text.charAt(at))) {
            return at;
        }
        int space = at;
        while (space > Math.max(start, limit) && !Character.isWhitespace(text.charAt(space - 1))) {
            space--;
        }
        return space > Math.max(start, limit) ? space : at;
    }

    /** The end of the first match after {@code start}, which a snippet must not cut; 0 when there is none. */
    private static int firstEndAfter(List<Highlight> matches, int start) {
        return matches.stream().filter(h -> h.start() >= start).mapToInt(Highlight::end).findFirst().orElse(0);
    }
}
