package org.factline.bench.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves TIMEX3 values (publication dates are written the same way) by a number of days, keeping their granularity: a day stays a day
 * (with its time of day, "2025-04-26TEV"), a month a month, a year a year. A period coarser than a day moves to the
 * period that holds its middle day once moved, so "2025-04" and "2025-04-15" move together. Values that name no
 * calendar time (durations "P3Y", "PRESENT_REF", "XXXX-WXX-4") are left as they are.
 *
 * <p>The generator moves by whole weeks, so that the weekdays the texts name ("samedi", "on Monday") stay true.
 */
public final class DateShift {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(.*)");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(.*)");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    /** Seasons and other named parts of a year: "2025-SU", "2025-FA". */
    private static final Pattern PART_OF_YEAR = Pattern.compile("(\\d{4})(-[A-Z]{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DECADE = Pattern.compile("\\d{3}");
    private static final Pattern CENTURY = Pattern.compile("\\d{2}");

    private final int days;

    public DateShift(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }

    /** The value moved, or the value itself when it names no calendar time (or is null). */
    public String value(String timex3) {
        if (timex3 == null) {
            return null;
        }
        try {
            return shifted(timex3);
        } catch (DateTimeException | NumberFormatException e) {
            return timex3;
        }
    }

    private String shifted(String v) {
        Matcher m;
        if ((m = DAY.matcher(v)).matches()) {
            LocalDate d = LocalDate.of(year(m), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return d.plusDays(days) + m.group(4);
        }
        if ((m = WEEK.matcher(v)).matches()) {
            LocalDate monday = LocalDate.of(year(m), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                    .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            LocalDate moved = monday.plusDays(days);
            return String.format("%04d-W%02d", moved.get(IsoFields.WEEK_BASED_YEAR),
                    moved.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) + m.group(3);
        }
        if ((m = MONTH.matcher(v)).matches()) {
            YearMonth month = YearMonth.of(year(m), Integer.parseInt(m.group(2)));
            return YearMonth.from(month.atDay(15).plusDays(days)).toString();
        }
        if ((m = QUARTER.matcher(v)).matches()) {
            int q = Integer.parseInt(m.group(2));
            LocalDate moved = LocalDate.of(year(m), 3 * q - 1, 15).plusDays(days);
            return String.format("%04d-Q%d", moved.getYear(), (moved.getMonthValue() - 1) / 3 + 1);
        }
        if ((m = HALF.matcher(v)).matches()) {
            int h = Integer.parseInt(m.group(2));
            LocalDate moved = LocalDate.of(year(m), h == 1 ? 4 : 10, 1).plusDays(days);
            return String.format("%04d-H%d", moved.getYear(), moved.getMonthValue() <= 6 ? 1 : 2);
        }
        if ((m = PART_OF_YEAR.matcher(v)).matches()) {
            return String.format("%04d", movedYear(year(m))) + m.group(2);
        }
        if (YEAR.matcher(v).matches()) {
            return String.format("%04d", movedYear(Integer.parseInt(v)));
        }
        if (DECADE.matcher(v).matches()) {
            int decade = Integer.parseInt(v);
            return String.format("%03d", LocalDate.of(decade * 10 + 5, 1, 1).plusDays(days).getYear() / 10);
        }
        if (CENTURY.matcher(v).matches()) {
            int century = Integer.parseInt(v);
            return String.format("%02d", LocalDate.of(century * 100 + 50, 1, 1).plusDays(days).getYear() / 100);
        }
        return v;
    }

    /** The year that holds the middle of {@code year} once moved. */
    int movedYear(int year) {
        return LocalDate.of(year, 7, 2).plusDays(days).getYear();
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group(1));
    }
}
