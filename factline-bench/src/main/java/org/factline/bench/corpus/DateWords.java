package org.factline.bench.corpus;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factline.bench.corpus.TextEdits.Edit;
import org.factline.model.Span;

/**
 * The words of a time expression rewritten for its moved value: the year, the name of the month and the day of
 * the month, where the words write them ("le 26 avril 2025" → "le 3 mai 2031", "début des années 1990" → "début
 * des années 2000"). Words the value does not explain ("samedi", "hier", "quatre jours") are kept: the shift is by
 * whole weeks, so weekdays stay true. Month names, whole or short ("Feb 3"), are Java's own for the article's
 * language.
 */
final class DateWords {

    private static final Pattern VALUE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:[-T].*)?|(\\d{3})");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");
    private static final Pattern DAY = Pattern.compile("(?<![\\d\\p{L}])(\\d{1,2})(er|st|nd|rd|th)?(?![\\d\\p{L}])");

    /** The calendar parts a value names: the year as written (the first year of a decade), month and day or 0. */
    private record Parts(int year, int month, int day) {

        static Parts of(String value) {
            if (value == null) {
                return null;
            }
            Matcher m = VALUE.matcher(value);
            if (!m.matches()) {
                return null;
            }
            if (m.group(4) != null) {
                return new Parts(Integer.parseInt(m.group(4)) * 10, 0, 0);
            }
            return new Parts(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
        }
    }

    private DateWords() {
    }

    /**
     * The edits that make the words at {@code span} say {@code newValue} where they said {@code oldValue}; none when
     * the values name no calendar time or the words none of their parts.
     */
    static List<Edit> edits(String text, Span span, String oldValue, String newValue, Locale locale) {
        Parts before = Parts.of(oldValue);
        Parts after = Parts.of(newValue);
        List<Edit> out = new ArrayList<>();
        if (before == null || after == null || before.equals(after)) {
            return out;
        }
        String words = span.of(text);
        Matcher y = YEAR.matcher(words);
        while (y.find()) {
            if (Integer.parseInt(y.group()) == before.year() && before.year() != after.year()) {
                out.add(edit(span, y.start(), y.end(), String.valueOf(after.year())));
            }
        }
        if (before.month() == 0 || after.month() == 0) {
            return out;
        }
        String folded = words.toLowerCase(locale);
        for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.SHORT}) {
            String oldName = Month.of(before.month()).getDisplayName(style, locale).toLowerCase(locale);
            String newName = Month.of(after.month()).getDisplayName(style, locale);
            if (style == TextStyle.SHORT
                    && oldName.equals(Month.of(before.month()).getDisplayName(TextStyle.FULL, locale).toLowerCase(locale))) {
                continue;
            }
            for (int at = wordAt(folded, oldName, 0); at >= 0; at = wordAt(folded, oldName, at + oldName.length())) {
                if (before.month() != after.month()) {
                    out.add(edit(span, at, at + oldName.length(), sameCase(words.charAt(at), newName, locale)));
                }
                if (before.day() > 0 && after.day() > 0) {
                    day(words, span, at, at + oldName.length(), before.day(), after.day(), locale, out);
                }
            }
        }
        return out;
    }

    /** The name capitalised as the text wrote the old one ("Août" at the start of a sentence). */
    private static String sameCase(char written, String name, Locale locale) {
        return Character.isUpperCase(written) ? name.substring(0, 1).toUpperCase(locale) + name.substring(1)
                : name.toLowerCase(locale);
    }

    /** The day written just before the month's name ("26 avril"), else just after it ("April 26"). */
    private static void day(String words, Span span, int monthStart, int monthEnd, int oldDay, int newDay,
                            Locale locale, List<Edit> out) {
        Matcher d = DAY.matcher(words);
        while (d.find()) {
            boolean before = d.end() <= monthStart && words.substring(d.end(), monthStart).isBlank();
            boolean after = d.start() >= monthEnd && words.substring(monthEnd, d.start()).isBlank();
            if ((before || after) && Integer.parseInt(d.group(1)) == oldDay) {
                if (oldDay != newDay) {
                    out.add(edit(span, d.start(), d.end(), newDay + suffix(d.group(2), newDay, locale)));
                }
                return;
            }
        }
    }

    /** "1er" in French (and only the first of the month), "26th" in English when the text wrote an ordinal. */
    private static String suffix(String written, int day, Locale locale) {
        if (locale.getLanguage().equals("fr")) {
            return day == 1 ? "er" : "";
        }
        if (written == null) {
            return "";
        }
        if (day % 100 >= 11 && day % 100 <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /** Where {@code word} stands as a whole word in {@code s} from {@code from}, or -1. */
    static int wordAt(String s, String word, int from) {
        for (int at = s.indexOf(word, from); at >= 0; at = s.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1)))
                    && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)))) {
                return at;
            }
        }
        return -1;
    }

    private static Edit edit(Span span, int start, int end, String replacement) {
        return new Edit(new Span(span.start() + start, span.start() + end), replacement);
    }
}
