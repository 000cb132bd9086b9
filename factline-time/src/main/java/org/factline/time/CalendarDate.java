package org.factline.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;

import org.factline.model.Span;

/**
 * A calendar date written in a text, with what it states and nothing more: "vendredi 7 février" has a
 * weekday, a day and a month but no year; "août 2024" a month and a year; "samedi" only a weekday.
 * Relative expressions ("hier", "samedi dernier") are not calendar dates.
 *
 * @param span    where it is in the text
 * @param text    the words
 * @param year    the stated year, or null
 * @param month   the stated month 1–12, or null
 * @param day     the stated day of month, or null
 * @param weekday the stated weekday, or null
 */
public record CalendarDate(Span span, String text, Integer year, Integer month, Integer day, DayOfWeek weekday) {

    /** Whether it states year, month and day. */
    public boolean isFullDate() {
        return year != null && month != null && day != null;
    }

    /** Whether it states a day and a month but no year ("le 31 janvier", "vendredi 7 février"). */
    public boolean isYearless() {
        return year == null && month != null && day != null;
    }

    public boolean isBareWeekday() {
        return weekday != null && month == null && day == null;
    }

    /** The date in {@code y}, or null when that day does not exist (29 February). */
    public LocalDate inYear(int y) {
        try {
            return LocalDate.of(y, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Whether {@code date} agrees with the stated weekday (or no weekday is stated). */
    public boolean weekdayAgrees(LocalDate date) {
        return weekday == null || date.getDayOfWeek() == weekday;
    }
}
