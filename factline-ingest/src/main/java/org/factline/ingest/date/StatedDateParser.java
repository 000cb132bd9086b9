package org.factline.ingest.date;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factline.model.PublicationDate;
import org.factline.time.CalendarDate;
import org.factline.time.TimeTagger;

/**
 * Reads a publication date as sources state it: ISO 8601 at any precision ({@code 2025}, {@code 2025-04},
 * {@code 2025-04-26}, {@code 2025-04-26T08:30:00+02:00}), RFC 1123 as in RSS ({@code Sat, 26 Apr 2025
 * 08:30:00 GMT}), {@code 2025/04/26}, {@code 26/04/2025}, {@code 26.04.2025}, and written dates in the
 * known languages ("26 avril 2025", "April 26, 2025").
 *
 * <p>A timestamp keeps the calendar day as the publisher wrote it: 23:30 in Paris is that day in Paris.
 */
public final class StatedDateParser {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern SLASHED_YMD = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})(?:[T ].*)?");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})(?:[ ,].*)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T.*)?");
    private static final List<DateTimeFormatter> TIMESTAMPS = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm[:ss] z", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm[:ss] Z", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm[:ss] Z", Locale.ENGLISH));

    private StatedDateParser() {
    }

    /** The date {@code raw} states, at its precision, or empty when it is not a date we can read. */
    public static Optional<PublicationDate> parse(String raw, PublicationDate.Basis basis) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String s = raw.strip();
        try {
            return Optional.ofNullable(numeric(s, basis)).or(() -> timestamp(s, basis)).or(() -> written(s, basis));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static PublicationDate numeric(String s, PublicationDate.Basis basis) {
        Matcher m;
        // A timestamp keeps the day as written, whatever its offset: only the date part is read.
        if ((m = ISO_DAY.matcher(s)).matches() || (m = SLASHED_YMD.matcher(s)).matches()
                || (m = COMPACT.matcher(s)).matches()) {
            return day(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)), basis);
        }
        if ((m = DMY.matcher(s)).matches()) {
            return day(LocalDate.of(num(m, 3), num(m, 2), num(m, 1)), basis);
        }
        if ((m = YEAR_MONTH.matcher(s)).matches()) {
            return PublicationDate.month(YearMonth.of(num(m, 1), num(m, 2)), basis, null);
        }
        if ((m = YEAR.matcher(s)).matches()) {
            return PublicationDate.year(num(m, 1), basis, null);
        }
        return null;
    }

    private static Optional<PublicationDate> timestamp(String s, PublicationDate.Basis basis) {
        for (DateTimeFormatter f : TIMESTAMPS) {
            try {
                return Optional.of(day(ZonedDateTime.parse(s, f).toLocalDate(), basis));
            } catch (DateTimeParseException e) {
                // try the next shape
            }
        }
        try {
            return Optional.of(day(OffsetDateTime.parse(s).toLocalDate(), basis));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * A written date ("26 avril 2025", "April 26, 2025", "avril 2025") in any language Factline has a time
     * grammar for: the article's language is not known yet, and metadata need not be in it.
     */
    private static Optional<PublicationDate> written(String s, PublicationDate.Basis basis) {
        for (TimeTagger tagger : TimeTagger.allLanguages()) {
            for (CalendarDate m : tagger.calendarDates(s)) {
                if (m.isFullDate()) {
                    LocalDate date = m.inYear(m.year());
                    return date == null ? Optional.empty() : Optional.of(day(date, basis));
                }
                if (m.year() != null && m.month() != null) {
                    return Optional.of(PublicationDate.month(YearMonth.of(m.year(), m.month()), basis, null));
                }
            }
        }
        return Optional.empty();
    }

    private static PublicationDate day(LocalDate date, PublicationDate.Basis basis) {
        return PublicationDate.day(date, basis, null);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
