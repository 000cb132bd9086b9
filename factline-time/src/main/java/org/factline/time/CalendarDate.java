package org.factline.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.Predicate;

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

    /**
     * Where a yearless date with a weekday ("vendredi 7 février") falls: in the year nearest
     * {@code referenceYear} in which the day is that weekday and that {@code allowed} accepts; or null
     * when it is not such a date, or no year within {@value #WEEKDAY_YEAR_REACH} years fits.
     */
    public LocalDate yearByWeekday(int referenceYear, Predicate<LocalDate> allowed) {
        return isYearless() && weekday != null ? yearByWeekday(referenceYear, month, day, weekday, allowed) : null;
    }

    /** How far from the reference year a weekday may place a yearless date. */
    static final int WEEKDAY_YEAR_REACH = 6;

    /**
     * The {@code day} of {@code month} that falls on {@code weekday} in the year nearest {@code referenceYear},
     * the later year first at equal distance (a yearless date is usually the newest thing in a text), among
     * the days {@code allowed} accepts; null when none within {@value #WEEKDAY_YEAR_REACH} years does.
     */
    static LocalDate yearByWeekday(int referenceYear, int month, int day, DayOfWeek weekday, Predicate<LocalDate> allowed) {
        for (int delta = 0; delta <= WEEKDAY_YEAR_REACH; delta++) {
            for (int y : delta == 0 ? new int[] {referenceYear} : new int[] {referenceYear + delta, referenceYear - delta}) {
                try {
                    LocalDate d = LocalDate.of(y, month, day);
                    if (d.getDayOfWeek() == weekday && allowed.test(d)) {
                        return d;
                    }
                } catch (DateTimeException noSuchDay) {
                    // 29 February in a common year: try the next
                }
            }
        }
        return null;
    }
}
