package org.factline.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.factline.bench.corpus.TextEdits.Edit;
import org.factline.model.Span;
import org.junit.jupiter.api.Test;

class DateShiftTest {

    /** 2025-04-26 + 32 weeks = 2025-12-06, a Saturday too. */
    private final DateShift later = new DateShift(7 * 32);

    @Test
    void everyCalendarValueMovesAtItsOwnGranularity() {
        assertThat(later.value("2025-04-26")).isEqualTo("2025-12-06");
        assertThat(later.value("2025-04-26TEV")).isEqualTo("2025-12-06TEV");
        assertThat(later.value("2026-02-02T23:00")).isEqualTo("2026-09-14T23:00");
        assertThat(later.value("2025-04")).isEqualTo("2025-11");
        assertThat(later.value("2025-W06")).isEqualTo("2025-W38");
        assertThat(later.value("2025-W06-WE")).isEqualTo("2025-W38-WE");
        assertThat(later.value("2025-Q1")).isEqualTo("2025-Q3");
        assertThat(later.value("2025-H2")).isEqualTo("2026-H1");
        assertThat(later.value("2025")).isEqualTo("2026");
        assertThat(later.value("2025-SU")).isEqualTo("2026-SU");
        assertThat(new DateShift(-7 * 520).value("199")).isEqualTo("198");
        assertThat(new DateShift(7 * 520).value("20")).isEqualTo("20");
    }

    @Test
    void valuesThatNameNoCalendarTimeStay() {
        for (String v : new String[] {"P3Y", "PXD", "PRESENT_REF", "XXXX-WXX-4", "2025-02-30", "tomorrow"}) {
            assertThat(later.value(v)).isEqualTo(v);
        }
        assertThat(later.value(null)).isNull();
    }

    @Test
    void theWordsOfADateAreRewrittenWhereTheyWriteItsParts() {
        assertThat(rewritten("Le 31 janvier 2025, Kiev avait affirmé", "Le 31 janvier 2025", "2025-01-31", Locale.FRENCH))
                .isEqualTo("Le 12 septembre 2025, Kiev avait affirmé");
        assertThat(rewritten("depuis août 2024.", "août 2024", "2024-08", Locale.FRENCH)).isEqualTo("depuis mars 2025.");
        assertThat(rewritten("on Feb 3, the toll", "Feb 3", "2026-02-03", Locale.ENGLISH)).isEqualTo("on Sep 15, the toll");
        assertThat(rewritten("la mi-janvier", "la mi-janvier", "2025-01", Locale.FRENCH)).isEqualTo("la mi-août");
        assertThat(rewritten("On April 26th, 2025 he said", "April 26th, 2025", "2025-04-26", Locale.ENGLISH))
                .isEqualTo("On December 6th, 2025 he said");
        assertThat(rewritten("au début des années 1990", "début des années 1990", "199", Locale.FRENCH))
                .isEqualTo("au début des années 1990");
        assertThat(rewritten("samedi", "samedi", "2025-04-26", Locale.FRENCH)).isEqualTo("samedi");
        // a day the value does not name is not touched
        assertThat(rewritten("le 3 avril", "le 3 avril", "2025-04-26", Locale.FRENCH)).isEqualTo("le 3 décembre");
        assertThat(rewritten("le 1er avril", "le 1er avril", "2025-03-06", Locale.FRENCH)).isEqualTo("le 1er avril");
        assertThat(rewritten("le 25 septembre", "le 25 septembre", "2025-09-25", Locale.FRENCH, 7 * 1))
                .isEqualTo("le 2 octobre");
        assertThat(rewritten("le 24 septembre", "le 24 septembre", "2025-09-24", Locale.FRENCH, 7))
                .isEqualTo("le 1er octobre");
        assertThat(rewritten("en 1990", "1990", "199", Locale.FRENCH, 7 * 520)).isEqualTo("en 2000");
    }

    private String rewritten(String text, String words, String value, Locale locale) {
        return rewritten(text, words, value, locale, later.days());
    }

    private static String rewritten(String text, String words, String value, Locale locale, int days) {
        int at = text.indexOf(words);
        List<Edit> edits = DateWords.edits(text, new Span(at, at + words.length()), value,
                new DateShift(days).value(value), locale);
        return TextEdits.apply(text, edits).text();
    }
}
