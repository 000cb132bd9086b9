package org.factline.knowledge.corpus;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Calendar dates of day, month or year precision, as bounds: "2025-02" runs from 2025-02-01 to 2025-02-28. */
public final class Dates {

    private Dates() {
    }

    /** The first day a date may mean, as YYYY-MM-DD. */
    public static String first(String date) {
        return bound(date, true);
    }

    /** The last day a date may mean, as YYYY-MM-DD. */
    public static String last(String date) {
        return bound(date, false);
    }

    private static String bound(String date, boolean first) {
        if (date == null) {
            throw new IllegalArgumentException("no date");
        }
        String d = date.strip();
        try {
            if (isDay(d)) {
                return LocalDate.parse(d.substring(0, 10)).toString();
            }
            if (d.length() == 7 && digits(d, 0, 4) && d.charAt(4) == '-' && digits(d, 5, 7)) {
                YearMonth m = YearMonth.parse(d);
                return (first ? m.atDay(1) : m.atEndOfMonth()).toString();
            }
            if (d.length() == 4 && digits(d, 0, 4)) {
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
        String d = date.strip();
        return d.length() == 4 && digits(d, 0, 4) || d.length() == 7 && digits(d, 0, 4) && d.charAt(4) == '-'
                && digits(d, 5, 7) || isDay(d);
    }

    // Written out rather than as regular expressions: dates are compared at every step of the views across
    // articles. Each test is that of the pattern in its comment.

    /** {@code \d{4}-\d{2}-\d{2}.*}: a day, perhaps with a time of day, on one line. */
    private static boolean isDay(String d) {
        if (d.length() < 10 || !digits(d, 0, 4) || d.charAt(4) != '-' || !digits(d, 5, 7) || d.charAt(7) != '-'
                || !digits(d, 8, 10)) {
            return false;
        }
        for (int i = 10; i < d.length(); i++) {
            char c = d.charAt(i);
            // what "." does not match
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    /** {@code \d} from {@code from} to {@code to}: ASCII digits only, as Java's patterns have it by default. */
    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
