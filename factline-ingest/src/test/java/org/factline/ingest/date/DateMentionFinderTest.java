package org.factline.ingest.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateMentionFinderTest {

    private final DateMentionFinder finder = DateMentionFinder.instance();

    @Test
    void finds_french_dates_with_and_without_year_and_weekday() {
        List<DateMention> found = finder.find(
                "Volodymyr Zelensky a affirmé vendredi 7 février que, le 31 janvier, Kiev avait parlé ; en août 2024 déjà.");
        assertThat(found).extracting(DateMention::text)
                .containsExactly("vendredi 7 février", "31 janvier", "août 2024");
        assertThat(found.get(0).weekday()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(found.get(0).isYearless()).isTrue();
        assertThat(found.get(2).year()).isEqualTo(2024);
        assertThat(found.get(2).month()).isEqualTo(8);
    }

    @Test
    void finds_english_dates_in_both_orders() {
        List<DateMention> found = finder.find("On Friday, February 7, 2025 and on 7th of March 2024, then Sept. 3rd.");
        assertThat(found).extracting(DateMention::text)
                .containsExactly("Friday, February 7, 2025", "7th of March 2024", "Sept. 3rd");
        assertThat(found.get(2).month()).isEqualTo(9);
        assertThat(found.get(2).day()).isEqualTo(3);
    }

    @Test
    void accents_and_case_are_optional_and_offsets_are_those_of_the_text() {
        String text = "Publié le 1er FEVRIER 2025.";
        DateMention m = finder.find(text).getFirst();
        assertThat(m.text()).isEqualTo("1er FEVRIER 2025");
        assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo(m.text());
        assertThat(m.day()).isEqualTo(1);
    }

    @Test
    void ordinary_words_are_not_taken_for_weekday_abbreviations() {
        assertThat(finder.find("He sat. The sun was up on a wed morning. Mon ami.")).isEmpty();
        assertThat(finder.find("She may 5 times say so, in march 2024 order")).isEmpty();
        assertThat(finder.find("On May 5 and in mai 2024")).extracting(DateMention::text).containsExactly("May 5", "mai 2024");
    }

    @Test
    void impossible_days_are_not_dates() {
        assertThat(finder.find("le 45 mars")).isEmpty();
    }
}
