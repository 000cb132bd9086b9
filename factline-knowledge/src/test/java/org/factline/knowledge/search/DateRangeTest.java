package org.factline.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.factline.model.PublicationDate;
import org.junit.jupiter.api.Test;

/** Dates as the days they may be. */
class DateRangeTest {

    private static DateRange range(String value, String first, String last) {
        return new DateRange(value, LocalDate.parse(first), LocalDate.parse(last));
    }

    @Test
    void aDayIsOneDayAndATimeOfDayIsDropped() {
        assertThat(DateRange.parse("2025-02-07")).contains(range("2025-02-07", "2025-02-07", "2025-02-07"));
        assertThat(DateRange.parse("2025-04-26TEV")).contains(range("2025-04-26", "2025-04-26", "2025-04-26"));
        assertThat(DateRange.parse("2025-04-26T14:00")).contains(range("2025-04-26", "2025-04-26", "2025-04-26"));
    }

    @Test
    void aMonthAWeekAQuarterAndAYearAreAllTheirDays() {
        assertThat(DateRange.parse("2024-02")).contains(range("2024-02", "2024-02-01", "2024-02-29"));
        assertThat(DateRange.parse("2025-W06")).contains(range("2025-W06", "2025-02-03", "2025-02-09"));
        assertThat(DateRange.parse("2025-W01")).contains(range("2025-W01", "2024-12-30", "2025-01-05"));
        assertThat(DateRange.parse("2025-Q2")).contains(range("2025-Q2", "2025-04-01", "2025-06-30"));
        assertThat(DateRange.parse("2025")).contains(range("2025", "2025-01-01", "2025-12-31"));
    }

    @Test
    void valuesThatNameNoCalendarPeriodGiveNoRange() {
        for (String value : new String[] {"PRESENT_REF", "XXXX-02-07", "P3Y", "2025-SU", "2025-02-30", "2025-W54",
                "2025-13", "", "tomorrow"}) {
            assertThat(DateRange.parse(value)).as(value).isEmpty();
        }
        assertThat(DateRange.parse(null)).isEqualTo(Optional.empty());
    }

    @Test
    void aPublicationDateIsTheRangeOfItsPrecision() {
        PublicationDate april = PublicationDate.month(YearMonth.of(2025, 4), PublicationDate.Basis.HEADER, null);

        assertThat(DateRange.of(april)).isEqualTo(DateRange.month(YearMonth.of(2025, 4)));
        assertThat(DateRange.of(april).last()).isEqualTo(LocalDate.of(2025, 4, 30));
    }

    @Test
    void aRangeOverlapsAnyRangeSharingADayWithIt() {
        DateRange february = DateRange.month(YearMonth.of(2025, 2));

        assertThat(february.overlaps(LocalDate.of(2025, 2, 28), null)).isTrue();
        assertThat(february.overlaps(null, LocalDate.of(2025, 2, 1))).isTrue();
        assertThat(february.overlaps(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 12))).isTrue();
        assertThat(february.overlaps(LocalDate.of(2025, 3, 1), null)).isFalse();
        assertThat(february.overlaps(null, null)).isTrue();
    }
}
