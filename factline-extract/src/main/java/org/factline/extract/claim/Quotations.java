package org.factline.extract.claim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

import org.factline.model.Span;

/**
 * The quotations of a text: spans between quotation marks, whatever the typography (« … », “ … ”,
 * " … ", ‹ … ›, „ … “, ‘ … ’), nested ones included, and quotations that run over several paragraphs
 * (the next paragraph opens again: English leaves the first unclosed, French may close and reopen).
 * Apostrophes are told from closing single quotes by what follows them.
 */
final class Quotations {

    /**
     * A quotation.
     *
     * @param outer    from the opening mark to the closing mark included
     * @param inner    the quoted words, without the marks and the spaces inside them
     * @param depth    0 for a quotation in the running text, 1 for one inside another, …
     * @param unclosed whether the text never closes it (it stops at the end of its paragraph)
     * @param words    the number of words quoted
     */
    record Quotation(Span outer, Span inner, int depth, boolean unclosed, int words) {
    }

    /** The number of words in a span of the text. */
    private static int words(String text, Span span) {
        int n = 0;
        boolean inWord = false;
        for (int i = span.start(); i < span.end(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter;
        }
        return n;
    }

    /** Longest a quotation may run before an unbalanced mark is suspected. */
    private static final int MAX_LENGTH = 6000;

    private Quotations() {
    }

    private record Open(char mark, int at, int depth) {
    }

    static List<Quotation> find(String text, List<Span> paragraphs) {
        List<Span> paras = paragraphs.isEmpty() ? List.of(new Span(0, text.length())) : paragraphs;
        List<Quotation> out = new ArrayList<>();
        Deque<Open> stack = new ArrayDeque<>();
        for (int p = 0; p < paras.size(); p++) {
            Span para = paras.get(p);
            int i = para.start();
            if (!stack.isEmpty()) {
                // a quotation left open at the end of the previous paragraph continues when this one opens again
                int first = skipSpace(text, i, para.end());
                if (first < para.end() && continues(text.charAt(first), stack.peek().mark())) {
                    i = first + 1;
                } else {
                    closeUnclosed(text, stack, out, paras.get(p - 1).end());
                }
            }
            for (; i < para.end(); i++) {
                char c = text.charAt(i);
                Open top = stack.peek();
                if (top != null && closes(text, i, top.mark())) {
                    stack.pop();
                    if (i - top.at() <= MAX_LENGTH) {
                        out.add(quotation(text, top.at(), i + 1, top.depth(), false));
                    }
                    continue;
                }
                if (top != null && c == '»' && top.mark() != '«' && stack.stream().anyMatch(o -> o.mark() == '«')) {
                    // a French quotation closing over an unclosed inner one
                    while (!stack.isEmpty() && stack.peek().mark() != '«') {
                        stack.pop();
                    }
                    Open o = stack.pop();
                    out.add(quotation(text, o.at(), i + 1, o.depth(), false));
                    continue;
                }
                if (opens(text, i, para.end())) {
                    stack.push(new Open(c, i, stack.size()));
                }
            }
            if (!stack.isEmpty() && (p + 1 == paras.size() || para.end() - stack.getLast().at() > MAX_LENGTH)) {
                closeUnclosed(text, stack, out, para.end());
            }
        }
        out.sort(Comparator.comparingInt((Quotation q) -> q.outer().start()).thenComparingInt(Quotation::depth));
        return List.copyOf(out);
    }

    private static void closeUnclosed(String text, Deque<Open> stack, List<Quotation> out, int end) {
        while (!stack.isEmpty()) {
            Open o = stack.pop();
            int e = end;
            while (e > o.at() + 1 && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e - o.at() > 2 && e - o.at() <= MAX_LENGTH) {
                out.add(quotation(text, new Span(o.at(), e), trim(text, o.at() + 1, e), o.depth(), true));
            }
        }
    }

    private static Quotation quotation(String text, int start, int end, int depth, boolean unclosed) {
        return quotation(text, new Span(start, end), trim(text, start + 1, end - 1), depth, unclosed);
    }

    private static Quotation quotation(String text, Span outer, Span inner, int depth, boolean unclosed) {
        return new Quotation(outer, inner, depth, unclosed, words(text, inner));
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f';
    }

    private static int skipSpace(String text, int i, int end) {
        while (i < end && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether the mark at {@code i} opens a quotation. */
    private static boolean opens(String text, int i, int end) {
        char c = text.charAt(i);
        char next = i + 1 < end ? text.charAt(i + 1) : ' ';
        char prev = i > 0 ? text.charAt(i - 1) : ' ';
        return switch (c) {
            case '«', '‹', '„' -> true;
            case '“' -> !isSpace(next) || next == '\u00a0';
            case '"' -> !isSpace(next) && !Character.isLetterOrDigit(prev);
            case '‘' -> !Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next);
            default -> false;
        };
    }

    /** Whether the mark at {@code i} closes a quotation opened by {@code open}. */
    private static boolean closes(String text, int i, char open) {
        char c = text.charAt(i);
        char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        return switch (open) {
            case '«' -> c == '»';
            case '‹' -> c == '›';
            case '“' -> c == '”' || c == '"';
            case '„' -> c == '“' || c == '”';
            case '"' -> c == '"' || c == '”';
            case '‘' -> c == '’' && !Character.isLetter(next);
            default -> false;
        };
    }

    /** Whether a paragraph starting with {@code c} continues a quotation opened by {@code open}. */
    private static boolean continues(char c, char open) {
        return switch (open) {
            case '«' -> c == '«' || c == '»';
            case '“', '"' -> c == '“' || c == '"';
            case '„' -> c == '„';
            case '‘' -> c == '‘';
            default -> false;
        };
    }
}
