package org.factline.knowledge.corpus;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /*
     * The bounds of the dates seen so far: a corpus has a few thousand distinct dates, and its disagreements and
     * timelines order statements by them millions of times. Kept up to CACHED dates of each kind.
     */
    private static final int CACHED = 100_000;
    private static final Map<String, String> FIRST = new ConcurrentHashMap<>();
    private static final Map<String, String> LAST = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> CALENDAR_DATES = new ConcurrentHashMap<>();

    private Dates() {
    }

    /** The first day a date may mean, as YYYY-MM-DD. */
    public static String first(String date) {
        return cached(FIRST, date, true);
    }

    /** The last day a date may mean, as YYYY-MM-DD. */
    public static String last(String date) {
        return cached(LAST, date, false);
    }

    private static String cached(Map<String, String> bounds, String date, boolean first) {
        String known = date == null ? null : bounds.get(date);
        if (known != null) {
            return known;
        }
        String bound = bound(date, first);
        if (bounds.size() < CACHED) {
            bounds.put(date, bound);
        }
        return bound;
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
        if (date == null) {
            return false;
        }
        Boolean known = CALENDAR_DATES.get(date);
        if (known == null) {
            known = CALENDAR.matcher(date.strip()).matches();
            if (CALENDAR_DATES.size() < CACHED) {
                CALENDAR_DATES.put(date, known);
            }
        }
        return known;
    }
}
