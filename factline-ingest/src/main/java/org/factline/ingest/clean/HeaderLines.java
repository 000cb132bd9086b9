package org.factline.ingest.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code key value} header lines at the top of a plain-text article ({@code date 2025-04-26},
 * {@code url https://…}, {@code title …}, {@code outlet …}, {@code lang fr}), in the shapes real files
 * have them: one per line, with or without a colon, or run into the first line of text
 * ({@code " date 2025-04 Le chef d'état-major…"}). A key only counts when its value looks like one, so
 * that a sentence beginning with "Date" or "Title" is never taken for a header.
 */
public final class HeaderLines {

    /** What the header said, the header lines as written, and the text after them. */
    public record Parsed(Map<String, String> values, List<String> lines, String body) {
    }

    private static final Pattern KEY = Pattern.compile(
            "[ \\t]*(date|published|url|link|title|outlet|publisher|source|lang|language|id|author)[ \\t]*(:?)[ \\t]+(.*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_VALUE = Pattern.compile(
            "(\\d{4}(?:-\\d{2}(?:-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?)?)?)(?=\\s|$)");
    private static final Pattern URL_VALUE = Pattern.compile("((?:https?://|www\\.)\\S+)(?=\\s|$)");
    private static final Pattern LANG_VALUE = Pattern.compile("([a-zA-Z]{2,3}(?:[-_][a-zA-Z]{2,4})?)(?=\\s|$)");

    private HeaderLines() {
    }

    public static Parsed parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> headerLines = new ArrayList<>();
        int pos = 0;
        while (pos < text.length()) {
            int eol = text.indexOf('\n', pos);
            int next = eol < 0 ? text.length() : eol + 1;
            String line = text.substring(pos, eol < 0 ? text.length() : eol).replace("\r", "");
            if (line.isBlank()) {
                pos = next;
                continue;
            }
            Header header = header(line);
            if (header == null || values.containsKey(header.key())) {
                break;
            }
            values.put(header.key(), header.value());
            headerLines.add(line.substring(0, line.length() - header.rest().length()).strip());
            if (!header.rest().isBlank()) {
                // The text began on the header's own line: it starts right after the value.
                return new Parsed(values, headerLines, header.rest().stripLeading() + text.substring(eol < 0 ? text.length() : eol));
            }
            pos = next;
        }
        return new Parsed(values, headerLines, text.substring(Math.min(pos, text.length())));
    }

    private record Header(String key, String value, String rest) {
    }

    private static Header header(String line) {
        Matcher m = KEY.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String key = canonicalKey(m.group(1).toLowerCase(Locale.ROOT));
        boolean colon = !m.group(2).isEmpty();
        boolean lowerCase = m.group(1).equals(m.group(1).toLowerCase(Locale.ROOT));
        String value = m.group(3);
        Pattern shape = switch (key) {
            case "date" -> DATE_VALUE;
            case "url" -> URL_VALUE;
            case "lang" -> LANG_VALUE;
            default -> null;
        };
        if (shape != null) {
            Matcher v = shape.matcher(value);
            if (v.lookingAt()) {
                return new Header(key, v.group(1), value.substring(v.end()));
            }
            // "Date: 26 avril 2025": with a colon the key is unmistakable and the value is the line.
            return colon ? new Header(key, value.strip(), "") : null;
        }
        // Free-text values take the whole line; only an unmistakable key introduces them.
        return colon || lowerCase ? new Header(key, value.strip(), "") : null;
    }

    private static String canonicalKey(String key) {
        return switch (key) {
            case "published" -> "date";
            case "link" -> "url";
            case "publisher", "source" -> "outlet";
            case "language" -> "lang";
            default -> key;
        };
    }
}
