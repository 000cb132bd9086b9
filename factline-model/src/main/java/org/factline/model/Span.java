package org.factline.model;

import java.io.Serializable;

/**
 * A half-open range {@code [start, end)} of character offsets into an article's text. Every
 * annotation layer points into the text through spans; the text itself never changes.
 */
public record Span(int start, int end) implements Comparable<Span>, Serializable {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** The covered text of {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
