package org.factline.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeaderLinesTest {

    @Test
    void header_lines_of_their_own_are_read_and_removed() {
        var parsed = HeaderLines.parse("date 2015-08-21\nurl https://en.wikinews.org/wiki/X\nNorth Korea puts military on alert\n\nBody.");
        assertThat(parsed.values()).containsEntry("date", "2015-08-21").containsEntry("url", "https://en.wikinews.org/wiki/X");
        assertThat(parsed.body()).isEqualTo("North Korea puts military on alert\n\nBody.");
        assertThat(parsed.lines()).containsExactly("date 2015-08-21", "url https://en.wikinews.org/wiki/X");
    }

    @Test
    void a_date_marker_run_into_the_first_line_of_text_leaves_the_text_whole() {
        var parsed = HeaderLines.parse(" date 2025-04 Le chef d'état-major de l'armée russe a annoncé samedi.\n\nSuite.");
        assertThat(parsed.values()).containsEntry("date", "2025-04");
        assertThat(parsed.body()).isEqualTo("Le chef d'état-major de l'armée russe a annoncé samedi.\n\nSuite.");
        assertThat(parsed.lines()).containsExactly("date 2025-04");
    }

    @Test
    void keys_with_colons_and_other_names_are_read() {
        var parsed = HeaderLines.parse("Title: Kyiv under fire\nPublisher: Example News\nLanguage: en\nDate: 7 February 2025\n\nText.");
        assertThat(parsed.values())
                .containsEntry("title", "Kyiv under fire")
                .containsEntry("outlet", "Example News")
                .containsEntry("lang", "en")
                .containsEntry("date", "7 February 2025");
        assertThat(parsed.body().strip()).isEqualTo("Text.");
    }

    @Test
    void sentences_that_begin_with_a_key_word_are_text_not_headers() {
        for (String text : new String[] {
            "Title IX was signed in 1972 and changed college sport.",
            "Date limite : les candidats ont jusqu'à vendredi.",
            "Source of the leak remains unknown, police said.",
            "URL shorteners were blamed for the spread of the hoax."}) {
            var parsed = HeaderLines.parse(text);
            assertThat(parsed.values()).as(text).isEmpty();
            assertThat(parsed.body()).isEqualTo(text);
        }
    }

    @Test
    void a_header_key_given_twice_ends_the_header() {
        var parsed = HeaderLines.parse("date 2025-01-01\ndate 2025-02-02 is a second date line\nText.");
        assertThat(parsed.values()).containsOnlyKeys("date").containsEntry("date", "2025-01-01");
        assertThat(parsed.body()).startsWith("date 2025-02-02");
    }
}
