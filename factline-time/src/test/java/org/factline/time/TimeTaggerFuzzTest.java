package org.factline.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factline.model.Span;
import org.factline.model.Timex;

/**
 * Any text, against any article date, in every language with a time grammar: tagging never throws, every
 * expression lies within the text and has a well-formed TIMEX3 value, and every calendar date read for
 * publication-date inference is a possible one.
 *
 * <p>An input's first line may set the article's date and the tense of every clause ({@code 0999-12-31
 * future}, {@code 2025-04-26 lexical}, {@code none} for no date); without such a line the whole input is the
 * text, dated 2025-04-26 and read with the lexical tense. Without {@code JAZZER_FUZZ} the seeds in
 * {@code TimeTaggerFuzzTestInputs/} are replayed as ordinary tests.
 */
class TimeTaggerFuzzTest {

    private static final Pattern SETTINGS = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}|none)(?: (past|present|future|unknown|lexical))?");

    /** TimeML's values as Factline writes them: points (with the X of what is unknown), references, durations. */
    private static final Pattern POINT = Pattern.compile("(?:\\d{4}|XXXX)"
            + "(?:-(?:\\d{2}|XX)(?:-(?:\\d{2}|XX))?|-W(?:\\d{2}|XX)(?:-(?:[1-7]|WE))?|-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI))?"
            + "(?:T(?:\\d{2}(?::\\d{2}(?::\\d{2})?)?|MO|AF|EV|NI|MI|DT))?"
            + "|\\d{2,3}|(?:PAST|PRESENT|FUTURE)_REF");
    private static final Pattern DURATION = Pattern.compile("P(?:(?:\\d+|X)(?:Y|M|W|D|DE|CE|ML)|T(?:\\d+|X)[HMS])");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(?:\\d{4}|XXXX)-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("\\d{4}-W(\\d{2})");
    private static final Set<String> MODS = Set.of("START", "MID", "END", "APPROX", "MORE_THAN", "LESS_THAN",
            "EQUAL_OR_MORE", "EQUAL_OR_LESS", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER");

    @FuzzTest(maxDuration = "60s")
    void tagsAnyTextAgainstAnyDate(byte[] input) {
        String all = new String(input, StandardCharsets.UTF_8);
        int newline = all.indexOf('\n');
        Matcher settings = SETTINGS.matcher(newline < 0 ? "" : all.substring(0, newline));
        LocalDate published = LocalDate.of(2025, 4, 26);
        String tense = "lexical";
        String text = all;
        if (settings.matches()) {
            try {
                published = settings.group(1).equals("none") ? null : LocalDate.parse(settings.group(1));
            } catch (DateTimeParseException e) {
                return; // "2025-02-30": no article has that date
            }
            tense = settings.group(2) != null ? settings.group(2) : tense;
            text = all.substring(newline + 1);
        }
        Tense everywhere = tense.equals("lexical") ? null : Tense.valueOf(tense.toUpperCase(java.util.Locale.ROOT));
        for (TimeTagger tagger : TimeTagger.allLanguages()) {
            TenseOracle oracle = everywhere == null ? new LexicalTense(text, tagger.language()) : span -> everywhere;
            check(text, tagger.tag(text, published, oracle));
            checkCalendarDates(text, tagger.calendarDates(text));
        }
    }

    private static void check(String text, List<Timex> timexes) {
        int previousStart = 0;
        for (Timex t : timexes) {
            within(text, t.span());
            assertThat(t.text()).isEqualTo(t.span().of(text)).isNotBlank();
            assertThat(t.span().start()).as("text order").isGreaterThanOrEqualTo(previousStart);
            previousStart = t.span().start();
            assertThat(t.type()).isNotNull();
            assertThat(t.anchor()).isNotNull();
            if (t.mod() != null) {
                assertThat(MODS).as("mod of %s", t).contains(t.mod());
            }
            String v = t.value();
            assertThat(v).as("value of %s", t).isNotNull();
            boolean wellFormed = switch (t.type()) {
                case DATE, TIME -> POINT.matcher(v).matches();
                case DURATION -> DURATION.matcher(v).matches();
                case SET -> POINT.matcher(v).matches() || DURATION.matcher(v).matches()
                        || v.matches("XXXX-WXX-(?:[1-7]|WE)(?:T(?:MO|AF|EV|NI))?|XXXX-XX-XXT(?:MO|AF|EV|NI)");
            };
            assertThat(wellFormed).as("well-formed TIMEX3 value in %s", t).isTrue();
            possible(t, v);
        }
    }

    /** A day, month or week the calendar has. */
    private static void possible(Timex t, String v) {
        Matcher day = DAY.matcher(v);
        if (day.lookingAt()) {
            assertThat(isDate(day.group())).as("a real day in %s", t).isTrue();
            return;
        }
        Matcher month = MONTH.matcher(v);
        if (month.lookingAt()) {
            assertThat(Integer.parseInt(month.group(1))).as("month of %s", t).isBetween(1, 12);
        }
        Matcher week = WEEK.matcher(v);
        if (week.lookingAt()) {
            assertThat(Integer.parseInt(week.group(1))).as("week of %s", t).isBetween(1, 53);
        }
    }

    private static boolean isDate(String s) {
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void checkCalendarDates(String text, List<CalendarDate> dates) {
        for (CalendarDate d : dates) {
            within(text, d.span());
            assertThat(d.text()).isEqualTo(d.span().of(text));
            assertThat(d.month() != null || d.weekday() != null || d.year() != null).as("%s states something", d).isTrue();
            if (d.month() != null) {
                assertThat(d.month()).as("month of %s", d).isBetween(1, 12);
            }
            if (d.day() != null) {
                assertThat(d.day()).as("day of %s", d).isBetween(1, 31);
            }
        }
    }

    private static void within(String text, Span span) {
        assertThat(span.end()).as("%s within a text of %d characters", span, text.length())
                .isLessThanOrEqualTo(text.length());
    }
}
