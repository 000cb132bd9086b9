package org.factline.bench.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.factline.model.Span;

/**
 * Replacements made in a text all at once, with the map from offsets of the old text to offsets of the new one,
 * so that every stand-off layer pointing into the old text can be moved onto the new text.
 *
 * <pre>{@code
 * TextEdits e = TextEdits.apply("Valéri Guérassimov a dit", List.of(
 *         new Edit(new Span(0, 6), "Amina"), new Edit(new Span(7, 18), "Bakr")));
 * e.text();                       // "Amina Bakr a dit"
 * e.map(new Span(0, 18));         // [0, 10): the whole name, renamed
 * e.map(new Span(19, 24));        // [11, 16): "a dit", moved
 * }</pre>
 *
 * <p>How offsets move: an offset before or between edits moves by what the edits before it added or took away;
 * the start of an edited stretch maps to the start of its replacement and its end to the replacement's end, so a
 * span that ends where an edit starts stays before it, one that starts where an edit ends stays after it, and one
 * that contains an edit contains its replacement. An offset inside an edited stretch keeps its distance from the
 * stretch's start, cut to the replacement's length: a span inside an edited stretch lands inside its replacement,
 * and the map never goes backwards, so a span never ends before it starts.
 */
public final class TextEdits {

    /**
     * One replacement.
     *
     * @param span        what it replaces: not empty (an insertion has no place between the spans that touch it)
     * @param replacement the new words
     */
    public record Edit(Span span, String replacement) {

        public Edit {
            if (span.length() == 0) {
                throw new IllegalArgumentException("an edit must replace something, not the empty span " + span
                        + " (by \"" + replacement + "\")");
            }
        }
    }

    private final String text;
    private final int[] oldStart;
    private final int[] oldEnd;
    private final int[] newStart;
    private final int[] newEnd;

    private TextEdits(String text, int[] oldStart, int[] oldEnd, int[] newStart, int[] newEnd) {
        this.text = text;
        this.oldStart = oldStart;
        this.oldEnd = oldEnd;
        this.newStart = newStart;
        this.newEnd = newEnd;
    }

    /**
     * Applies edits to a text.
     *
     * @param edits in any order; they may touch but not overlap
     * @throws IllegalArgumentException if two edits overlap or one lies outside the text
     */
    public static TextEdits apply(String text, Collection<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort((a, b) -> a.span().compareTo(b.span()));
        int n = sorted.size();
        int[] os = new int[n];
        int[] oe = new int[n];
        int[] ns = new int[n];
        int[] ne = new int[n];
        StringBuilder out = new StringBuilder(text.length() + 64);
        int copied = 0;
        for (int i = 0; i < n; i++) {
            Span s = sorted.get(i).span();
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("edit " + s + " lies outside the text of " + text.length()
                        + " characters");
            }
            if (s.start() < copied) {
                throw new IllegalArgumentException("edits " + sorted.get(i - 1).span() + " and " + s + " overlap");
            }
            out.append(text, copied, s.start());
            os[i] = s.start();
            oe[i] = s.end();
            ns[i] = out.length();
            out.append(sorted.get(i).replacement());
            ne[i] = out.length();
            copied = s.end();
        }
        out.append(text, copied, text.length());
        return new TextEdits(out.toString(), os, oe, ns, ne);
    }

    /** The text with every edit made. */
    public String text() {
        return text;
    }

    /** Whether any edit was made. */
    public boolean changed() {
        return oldStart.length > 0;
    }

    /** Where an offset of the old text lies in the new one. */
    public int map(int offset) {
        int k = lastStartingBefore(offset);
        if (k < 0) {
            return offset;
        }
        if (offset >= oldEnd[k]) {
            return offset + newEnd[k] - oldEnd[k];
        }
        return newStart[k] + Math.min(offset - oldStart[k], newEnd[k] - newStart[k]);
    }

    /** Where a span of the old text lies in the new one; null for null. */
    public Span map(Span span) {
        return span == null ? null : new Span(map(span.start()), map(span.end()));
    }

    public List<Span> map(List<Span> spans) {
        return spans.stream().map(this::map).toList();
    }

    /** The index of the last edit that starts strictly before {@code offset}, or -1. */
    private int lastStartingBefore(int offset) {
        int lo = 0;
        int hi = oldStart.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (oldStart[mid] < offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /**
     * Edits proposed from several sources (names, dates, figures), of which those that overlap one already taken
     * are refused: the first proposal for a stretch of text wins, and an identical proposal is accepted again.
     */
    public static final class Plan {

        private final TreeMap<Integer, Edit> byStart = new TreeMap<>();

        /** Takes the edit unless it overlaps a different one already taken; tells whether it stands. */
        public boolean offer(Edit edit) {
            Span s = edit.span();
            Map.Entry<Integer, Edit> before = byStart.floorEntry(s.start());
            if (before != null && before.getValue().span().overlaps(s)) {
                return before.getValue().equals(edit);
            }
            Map.Entry<Integer, Edit> after = byStart.ceilingEntry(s.start());
            if (after != null && after.getValue().span().overlaps(s)) {
                return false;
            }
            byStart.put(s.start(), edit);
            return true;
        }

        /** Whether every edit can be taken together with those already taken (none is taken here). */
        public boolean fits(Collection<Edit> edits) {
            for (Edit e : edits) {
                Map.Entry<Integer, Edit> before = byStart.floorEntry(e.span().start());
                Map.Entry<Integer, Edit> after = byStart.ceilingEntry(e.span().start());
                if (before != null && before.getValue().span().overlaps(e.span())
                        || after != null && after.getValue().span().overlaps(e.span())) {
                    return false;
                }
            }
            return true;
        }

        public TextEdits applyTo(String text) {
            return TextEdits.apply(text, byStart.values());
        }
    }
}
