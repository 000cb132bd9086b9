package org.factline.bench.time;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads HeidelTime's TimeML output back into expressions with offsets into the text that was given
 * to HeidelTime.
 *
 * <p>HeidelTime's TimeML formatter copies the document text character by character and inserts
 * {@code <TIMEX3 …>}/{@code </TIMEX3>} (and, with interval tagging, {@code <TIMEX3INTERVAL …>})
 * tags; it escapes nothing. So the output is walked alongside the original text: a tag is skipped,
 * any other character must equal the next character of the original, and a mismatch is an error
 * rather than a silently shifted offset.
 */
final class TimeMlSpans {

    /** One expression: {@code text} is {@code original.substring(start, end)}; null attributes were absent. */
    record Timex(String text, int start, int end, String type, String value, String mod, String quant,
                 String freq) {
    }

    private static final String HEAD = "<?xml version=\"1.0\"?>\n<!DOCTYPE TimeML SYSTEM \"TimeML.dtd\">\n<TimeML>\n";
    private static final String TAIL = "\n</TimeML>\n";
    private static final Pattern TAG = Pattern.compile("<(/?)(TIMEX3(?:INTERVAL)?)((?:\\s+[A-Za-z]+=\"[^\"]*\")*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z]+)=\"([^\"]*)\"");

    private TimeMlSpans() {
    }

    /**
     * The expressions tagged in {@code timeMl}, in text order.
     *
     * @throws IllegalArgumentException when the output does not reproduce {@code original} outside its tags
     */
    static List<Timex> parse(String timeMl, String original) {
        if (timeMl == null) {
            throw new IllegalArgumentException("HeidelTime returned no output");
        }
        if (!timeMl.startsWith(HEAD) || !timeMl.endsWith(TAIL) || timeMl.length() < HEAD.length() + TAIL.length()) {
            throw new IllegalArgumentException("unexpected TimeML envelope: "
                    + timeMl.substring(0, Math.min(80, timeMl.length())));
        }
        String body = timeMl.substring(HEAD.length(), timeMl.length() - TAIL.length());
        List<Timex> out = new ArrayList<>();
        Matcher tag = TAG.matcher(body);
        int o = 0;
        int i = 0;
        int openStart = -1;
        Map<String, String> openAttributes = null;
        while (o < body.length()) {
            if (body.charAt(o) == '<' && tag.region(o, body.length()).lookingAt()
                    && !original.startsWith(tag.group(), i)) {
                boolean closing = !tag.group(1).isEmpty();
                boolean interval = tag.group(2).endsWith("INTERVAL");
                if (!interval) {
                    if (!closing) {
                        if (openStart >= 0) {
                            throw new IllegalArgumentException("nested TIMEX3 at output offset " + o);
                        }
                        openStart = i;
                        openAttributes = attributes(tag.group(3));
                    } else {
                        if (openStart < 0) {
                            throw new IllegalArgumentException("unopened </TIMEX3> at output offset " + o);
                        }
                        Map<String, String> a = openAttributes;
                        out.add(new Timex(original.substring(openStart, i), openStart, i, a.get("type"),
                                a.get("value"), a.get("mod"), a.get("quant"), a.get("freq")));
                        openStart = -1;
                        openAttributes = null;
                    }
                }
                o = tag.end();
                continue;
            }
            if (i >= original.length() || body.charAt(o) != original.charAt(i)) {
                throw new IllegalArgumentException("TimeML output differs from the text at offset " + i
                        + " (output offset " + o + ")");
            }
            o++;
            i++;
        }
        if (i != original.length()) {
            throw new IllegalArgumentException("TimeML output ends at offset " + i + " of " + original.length());
        }
        if (openStart >= 0) {
            throw new IllegalArgumentException("TIMEX3 left open at the end of the text");
        }
        return out;
    }

    private static Map<String, String> attributes(String s) {
        Map<String, String> a = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(s);
        while (m.find()) {
            a.put(m.group(1), m.group(2));
        }
        return a;
    }
}
