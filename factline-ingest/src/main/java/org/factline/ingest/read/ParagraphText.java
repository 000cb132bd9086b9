package org.factline.ingest.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The shape of {@link RawArticle#body()} for the markup readers: paragraphs of single-spaced text,
 * separated by one blank line.
 */
final class ParagraphText {

    /** Paragraph separator in a body. */
    static final String SEPARATOR = "\n\n";

    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0]*\\n\\s*");

    private ParagraphText() {
    }

    /**
     * {@code text} on one line: a run of white space with an ordinary space or line break in it becomes one
     * space, and the ends are trimmed. No-break spaces on their own stay: French puts them in numbers
     * ("3 000") and before ":;?!". Soft hyphens and zero-width characters go: invisible on the page, they
     * split words for every matcher.
     */
    static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = i;
            boolean ordinary = false;
            while (end < text.length() && (isSpace(text.charAt(end)) || isInvisible(text.charAt(end)))) {
                ordinary |= Character.isWhitespace(text.charAt(end));
                end++;
            }
            if (end == i) {
                out.append(text.charAt(i++));
            } else {
                for (int j = i; j < end && !ordinary; j++) {
                    if (!isInvisible(text.charAt(j))) {
                        out.append(text.charAt(j));
                    }
                }
                out.append(ordinary ? " " : "");
                i = end;
            }
        }
        return trim(out.toString());
    }

    /** Plain text (a feed summary) as paragraphs: blank lines separate them, other line breaks are spaces. */
    static List<String> ofPlainText(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String part : BLANK_LINE.split(text.replace("\r\n", "\n").replace('\r', '\n'))) {
            String paragraph = collapse(part);
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs;
    }

    static String join(List<String> paragraphs) {
        return String.join(SEPARATOR, paragraphs);
    }

    private static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u2060' || c == '\uFEFF';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
