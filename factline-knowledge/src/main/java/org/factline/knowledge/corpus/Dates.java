package org.factline.knowledge.corpus;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Calendar dates of day, month or year precision, as bounds: "2025-02" runs from 2025-02-01 to 2025-02-28. */
public final class Dates {

    /*
     * Compiled once: timelines sort by these bounds, and String.matches compiled its pattern at every call, which
     * was a tenth of the server's time under load.
     */
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern CALENDAR = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2}.*)?)?");

    /* The bounds of the dates seen so far: disagreements and timelines order statements by them. */
    private static final int REMEMBERED = 100_000;
    private static final Remembered<String, String> FIRST = new Remembered<>(REMEMBERED, d -> bound(d, true));
    private static final Remembered<String, String> LAST = new Remembered<>(REMEMBERED, d -> bound(d, false));
    private static final Remembered<String, Boolean> CALENDAR_DATES = new Remembered<>(REMEMBERED,
            d -> d != null && CALENDAR.matcher(d.strip()).matches());

    private Dates() {
    }

    /** The first day a date may mean, as YYYY-MM-DD. */
    public static String first(String date) {
        return FIRST.get(date);
    }

    /** The last day a date may mean, as YYYY-MM-DD. */
    public static String last(String date) {
        return LAST.get(date);
    }

    private static String bound(String date, boolean first) {
        if (date == null) {
            throw new IllegalArgumentException("no date");
        }
        String d = date.strip();
        try {
            if (DAY.matcher(d).matches()) {
                return LocalDate.parse(d.substring(0, 10)).toString();
            }
            if (MONTH.matcher(d).matches()) {
                YearMonth m = YearMonth.parse(d);
                return (first ? m.atDay(1) : m.atEndOfMonth()).toString();
            }
            if (YEAR.matcher(d).matches()) {
                return d + (first ? "-01-01" : "-12-31");
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a calendar date: '" + date + "' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        throw new IllegalArgumentException("not a calendar date: '" + date + "' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
    }

    /** Whether a value is a calendar date this class can bound. */
    public static boolean isCalendar(String date) {
        return CALENDAR_DATES.get(date);
    }
}
