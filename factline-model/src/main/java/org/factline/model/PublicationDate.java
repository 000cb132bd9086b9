package org.factline.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * When an article was published, as precisely as it is known, and how we know it.
 *
 * @param value     ISO 8601 at the stated precision: {@code 2025}, {@code 2025-04} or {@code 2025-04-26}
 * @param precision how much of {@code value} is known
 * @param basis     where it came from: a header line, the source's metadata, or inferred from the text
 * @param evidence  for inferred or refined dates, the words that pinned it ("samedi", "le 26 avril 2025"), else null
 */
public record PublicationDate(String value, Precision precision, Basis basis, String evidence) implements Serializable {

    public enum Precision { YEAR, MONTH, DAY }

    public enum Basis {
        /** A {@code date …} header line at the top of a plain-text article. */
        HEADER,
        /** Metadata given by the source: JSON field, HTML meta tag, feed item date, WARC record date. */
        METADATA,
        /** Inferred from the text, with no date given by the source. */
        INFERRED;

        /** The lower-case name used in the output contract. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public PublicationDate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(basis, "basis");
    }

    public static PublicationDate day(LocalDate date, Basis basis, String evidence) {
        return new PublicationDate(date.toString(), Precision.DAY, basis, evidence);
    }

    public static PublicationDate month(YearMonth month, Basis basis, String evidence) {
        return new PublicationDate(month.toString(), Precision.MONTH, basis, evidence);
    }

    public static PublicationDate year(int year, Basis basis, String evidence) {
        return new PublicationDate(String.format("%04d", year), Precision.YEAR, basis, evidence);
    }

    /** The first day of the period this date names (2025-04 → 2025-04-01). */
    public LocalDate earliestDay() {
        return switch (precision) {
            case DAY -> LocalDate.parse(value);
            case MONTH -> YearMonth.parse(value).atDay(1);
            case YEAR -> LocalDate.of(Integer.parseInt(value), 1, 1);
        };
    }

    /** The last day of the period this date names (2025-04 → 2025-04-30). */
    public LocalDate latestDay() {
        return switch (precision) {
            case DAY -> LocalDate.parse(value);
            case MONTH -> YearMonth.parse(value).atEndOfMonth();
            case YEAR -> LocalDate.of(Integer.parseInt(value), 12, 31);
        };
    }

    /** Whether {@code day} falls within the period this date names. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(earliestDay()) && !day.isAfter(latestDay());
    }
}
