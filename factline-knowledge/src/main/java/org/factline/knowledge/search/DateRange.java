package org.factline.knowledge.search;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factline.model.PublicationDate;

/**
 * A date as precisely as it is known, as the days it may be: "2025-02-07" is one day, "2025-02" the 28 days
 * of February 2025, "2025-W06" a week, "2025-Q1" a quarter, "2025" a year.
 *
 * @param value the ISO value as it was given, without a time of day ("2025-04-26T14:00" → "2025-04-26")
 * @param first the first day it may be
 * @param last  the last day it may be
 */
public record DateRange(String value, LocalDate first, LocalDate last) {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-.*)?");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    public DateRange {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("date range " + value + " ends (" + last + ") before it starts ("
                    + first + ")");
        }
    }

    public static DateRange day(LocalDate day) {
        return new DateRange(day.toString(), day, day);
    }

    public static DateRange month(YearMonth month) {
        return new DateRange(month.toString(), month.atDay(1), month.atEndOfMonth());
    }

    /** The days a publication date may be. */
    public static DateRange of(PublicationDate published) {
        return new DateRange(published.value(), published.earliestDay(), published.latestDay());
    }

    /**
     * The days an ISO 8601 date value of TimeML (a TIMEX3 value, a claim's or an event's date) may be; empty
     * for values that name no calendar period ("PRESENT_REF", "XXXX-02-07", "P3Y", "2025-SU") and for null.
     */
    public static Optional<DateRange> parse(String iso) {
        if (iso == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(parseKnown(iso.strip()));
        } catch (DateTimeException e) {
            return Optional.empty(); // "2025-02-30", "2025-W54": no such day or week
        }
    }

    private static DateRange parseKnown(String iso) {
        Matcher m;
        if ((m = DAY.matcher(iso)).matches()) {
            LocalDate day = LocalDate.of(number(m, 1), number(m, 2), number(m, 3));
            return new DateRange(day.toString(), day, day);
        }
        if ((m = MONTH.matcher(iso)).matches()) {
            return month(YearMonth.of(number(m, 1), number(m, 2)));
        }
        if ((m = WEEK.matcher(iso)).matches()) {
            LocalDate monday = LocalDate.of(number(m, 1), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number(m, 2))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new DateRange(m.group(1) + "-W" + m.group(2), monday, monday.plusDays(6));
        }
        if ((m = QUARTER.matcher(iso)).matches()) {
            YearMonth start = YearMonth.of(number(m, 1), 3 * number(m, 2) - 2);
            return new DateRange(iso, start.atDay(1), start.plusMonths(2).atEndOfMonth());
        }
        if ((m = YEAR.matcher(iso)).matches()) {
            int year = number(m, 1);
            return new DateRange(iso, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        return null;
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** Whether it may fall between {@code from} and {@code to} (both inclusive; null for open ends). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (from == null || !last.isBefore(from)) && (to == null || !first.isAfter(to));
    }

    @Override
    public String toString() {
        return value;
    }
}
