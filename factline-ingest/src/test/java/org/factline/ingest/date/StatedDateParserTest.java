package org.factline.ingest.date;

import static org.assertj.core.api.Assertions.assertThat;

import org.factline.model.PublicationDate;
import org.factline.model.PublicationDate.Basis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatedDateParserTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "2025-04-26                      | 2025-04-26 | DAY",
        "2025-04                         | 2025-04    | MONTH",
        "2025                            | 2025       | YEAR",
        "2025-04-26T23:30:00+02:00       | 2025-04-26 | DAY",
        "2025-04-26T08:30:00Z            | 2025-04-26 | DAY",
        "2025-04-26 08:30                | 2025-04-26 | DAY",
        "Sat, 26 Apr 2025 08:30:00 GMT   | 2025-04-26 | DAY",
        "Sat, 26 Apr 2025 08:30:00 +0200 | 2025-04-26 | DAY",
        "2025/04/26                      | 2025-04-26 | DAY",
        "26/04/2025                      | 2025-04-26 | DAY",
        "26.04.2025                      | 2025-04-26 | DAY",
        "20250426                        | 2025-04-26 | DAY",
        "26 avril 2025                   | 2025-04-26 | DAY",
        "April 26, 2025                  | 2025-04-26 | DAY",
        "avril 2025                      | 2025-04    | MONTH",
        "April 2025                      | 2025-04    | MONTH",
        "le 1er février 2025             | 2025-02-01 | DAY",
        "Saturday, April 26, 2025        | 2025-04-26 | DAY",
        "26th of April 2025              | 2025-04-26 | DAY",
    })
    void reads_the_shapes_sources_use(String raw, String value, PublicationDate.Precision precision) {
        PublicationDate date = StatedDateParser.parse(raw, Basis.METADATA).orElseThrow();
        assertThat(date.value()).isEqualTo(value);
        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.basis()).isEqualTo(Basis.METADATA);
    }

    @ParameterizedTest(name = "\"{0}\" is not a date")
    @ValueSource(strings = {"", "  ", "yesterday", "2025-13-01", "31/02/2025", "not a date 12", "samedi", "en décembre", "April 26", "31 février 2025"})
    void refuses_what_is_not_a_date(String raw) {
        assertThat(StatedDateParser.parse(raw, Basis.METADATA)).isEmpty();
    }
}
