package org.factline.ingest.date;

import org.factline.model.lang.Folding;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factline.model.Span;

/**
 * Finds calendar dates in French and English text: "26 avril 2025", "le 6 août 2024", "vendredi 7
 * février", "February 7, 2025", "Friday, August 21, 2015", "août 2024", "2025-04-26", and bare weekdays.
 * The words come from the per-language calendar lexicons; the shapes below are shared by both languages.
 *
 * <p>This is the small date grammar publication-date inference needs; relative expressions
 * ("hier", "last week") say nothing about which day an article was published and are not looked for.
 */
public final class DateMentionFinder {

    private static final CalendarLexicon LEXICON = CalendarLexicon.load();
    private static final DateMentionFinder INSTANCE = new DateMentionFinder();

    // A form ends where no letter follows ("jan." then a space, "août" then a comma).
    private static final String END = "(?![\\p{L}\\p{N}])";
    private static final String START = "(?<![\\p{L}\\p{N}])";

    private final List<Pattern> patterns;

    private DateMentionFinder() {
        String w = "(?<weekday>" + LEXICON.alternation(CalendarLexicon.Kind.WEEKDAY) + ")" + END;
        String m = "(?<month>" + LEXICON.alternation(CalendarLexicon.Kind.MONTH) + ")" + END;
        String d = "(?<day>\\d{1,2}|" + LEXICON.alternation(CalendarLexicon.Kind.ORDINAL) + ")(?:st|nd|rd|th)?" + END;
        String y = "(?<year>(?:1[89]|20|21)\\d{2})" + END;
        patterns = List.of(
                // 2025-04-26
                Pattern.compile(START + "(?<year>\\d{4})-(?<monthnum>\\d{2})-(?<day>\\d{2})" + END),
                // Friday, February 7, 2025 / February 7 / Feb. 7th, 2025
                Pattern.compile(START + "(?:" + w + ",?\\s+(?:the\\s+)?)?" + m + "\\s+" + d + "(?:,?\\s+" + y + ")?"),
                // vendredi 7 février 2025 / le 31 janvier / Friday 7 February / 7th of February 2025
                Pattern.compile(START + "(?:" + w + ",?\\s+(?:the\\s+)?)?" + d + "\\s+(?:of\\s+)?" + m + "(?:,?\\s+" + y + ")?"),
                // août 2024 / June 2024
                Pattern.compile(START + m + "(?:\\s+(?:de\\s+|of\\s+)?)" + y),
                // samedi / on Friday
                Pattern.compile(START + "(?<weekday>" + LEXICON.alternation(CalendarLexicon.Kind.WEEKDAY, true) + ")" + END));
    }

    public static DateMentionFinder instance() {
        return INSTANCE;
    }

    /** The dates in {@code text}, in text order; a longer reading wins over a shorter overlapping one. */
    public List<DateMention> find(String text) {
        String folded = Folding.fold(text);
        List<DateMention> found = new ArrayList<>();
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(folded);
            while (matcher.find()) {
                Span span = new Span(matcher.start(), matcher.end());
                if (found.stream().anyMatch(f -> f.span().overlaps(span))) {
                    continue;
                }
                DateMention mention = mention(matcher, text, span);
                if (mention != null) {
                    found.add(mention);
                }
            }
        }
        found.sort(Comparator.comparing(DateMention::span));
        return found;
    }

    private static DateMention mention(Matcher m, String text, Span span) {
        Integer year = group(m, "year") == null ? null : Integer.valueOf(group(m, "year"));
        Integer month = group(m, "monthnum") != null
                ? Integer.valueOf(group(m, "monthnum"))
                : group(m, "month") == null ? null : LEXICON.number(CalendarLexicon.Kind.MONTH, group(m, "month"));
        Integer day = null;
        String dayText = group(m, "day");
        if (dayText != null) {
            day = dayText.chars().allMatch(Character::isDigit)
                    ? Integer.valueOf(dayText)
                    : LEXICON.number(CalendarLexicon.Kind.ORDINAL, dayText);
        }
        DayOfWeek weekday = group(m, "weekday") == null
                ? null
                : DayOfWeek.of(LEXICON.number(CalendarLexicon.Kind.WEEKDAY, group(m, "weekday")));
        if (month != null && (month < 1 || month > 12) || day != null && (day < 1 || day > 31)) {
            return null;
        }
        for (String word : new String[] {"month", "weekday"}) {
            if (group(m, word) != null && !LEXICON.caseFits(text.substring(m.start(word), m.end(word)))) {
                return null;
            }
        }
        return new DateMention(span, span.of(text), year, month, day, weekday);
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }
}
