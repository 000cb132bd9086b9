package org.factline.ingest.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.factline.model.PublicationDate;
import org.factline.model.PublicationDate.Basis;
import org.factline.model.PublicationDate.Precision;
import org.junit.jupiter.api.Test;

class PublicationDateResolverTest {

    private final PublicationDateResolver resolver = new PublicationDateResolver();

    @Test
    void a_stated_day_is_kept_whatever_the_text_says() {
        PublicationDate stated = StatedDateParser.parse("2012-06-22", Basis.HEADER).orElseThrow();
        assertThat(resolver.resolve(stated, "Le 3 mars 2011, rien ne s'est passé.", "fr")).isEqualTo(stated);
    }

    @Test
    void a_yearless_weekday_date_takes_the_year_in_which_the_weekday_fits() {
        String text = "Le ministre a déclaré vendredi 7 février que l'offensive lancée le 6 août 2024 continuait.";
        PublicationDate date = resolver.resolve(null, text, "fr");
        assertThat(date.value()).isEqualTo("2025-02-07");
        assertThat(date.basis()).isEqualTo(Basis.INFERRED);
        assertThat(date.precision()).isEqualTo(Precision.DAY);
        assertThat(date.evidence()).contains("vendredi 7 février");
    }

    @Test
    void an_english_weekday_date_without_year_is_placed_the_same_way() {
        String text = "The company said on Tuesday, March 4 that profits fell. In March 2024 they had risen.";
        assertThat(resolver.resolve(null, text, "en").value()).isEqualTo("2025-03-04");
    }

    @Test
    void a_stated_month_is_refined_by_a_caption_date_that_a_bare_weekday_confirms() {
        PublicationDate month = PublicationDate.month(YearMonth.of(2025, 4), Basis.HEADER, null);
        String text = "Le chef a annoncé samedi la fin des combats.\n\n"
                + "Le président reçoit le chef à Moscou, le 26 avril 2025. KEYSTONE\n\n"
                + "Les troupes étaient entrées en août 2024.";
        PublicationDate date = resolver.resolve(month, text, "fr");
        assertThat(date.value()).isEqualTo("2025-04-26");
        assertThat(date.basis()).isEqualTo(Basis.INFERRED);
        assertThat(date.evidence()).contains("header date 2025-04").contains("26 avril 2025").contains("samedi");
    }

    @Test
    void a_text_date_outside_the_stated_month_does_not_refine_it() {
        PublicationDate month = PublicationDate.month(YearMonth.of(2025, 4), Basis.HEADER, null);
        assertThat(resolver.resolve(month, "The treaty was signed on 19 June 2024.", "en")).isEqualTo(month);
    }

    @Test
    void a_dateline_beats_later_dates_mentioned_in_the_story() {
        String text = "Storm hits coast\n\nFriday, August 21, 2015\n\n"
                + "The vote is planned for Monday, September 7, 2015, officials said.";
        assertThat(resolver.resolve(null, text, "en").value()).isEqualTo("2015-08-21");
    }

    @Test
    void a_french_dateline_followed_by_the_story_on_the_same_line_counts() {
        String text = "Kaboul : attaque\n\n22 juin 2012. - Cette nuit, les Talibans ont attaqué un hôtel. "
                + "L'élection aura lieu le 30 juin 2012.";
        assertThat(resolver.resolve(null, text, "fr").value()).isEqualTo("2012-06-22");
    }

    @Test
    void a_text_without_any_day_gives_no_date() {
        assertThat(resolver.resolve(null, "Les combats continuent depuis août 2024 dans la région.", "fr")).isNull();
        assertThat(resolver.resolve(null, "Nothing dated here, only Friday.", "en")).isNull();
    }

    @Test
    void a_weekday_that_disagrees_with_its_date_is_not_trusted() {
        // 7 February 2025 was a Friday, not a Monday.
        assertThat(resolver.resolve(null, "Il a parlé lundi 7 février 2025.", "fr")).isNull();
    }

    // ---- shapes the time grammar finds that only name a month or a year: never a publication day

    @Test
    void a_month_with_its_year_alone_gives_no_day() {
        assertThat(resolver.resolve(null, "Les troupes étaient entrées en décembre 2024 dans la région.", "fr")).isNull();
        assertThat(resolver.resolve(null, "Prices rose in December 2024, the office said.", "en")).isNull();
    }

    @Test
    void a_bare_year_or_a_bare_month_alone_gives_no_day() {
        assertThat(resolver.resolve(null, "Le chômage avait baissé en 2023.", "fr")).isNull();
        assertThat(resolver.resolve(null, "Unemployment fell in 2023.", "en")).isNull();
        assertThat(resolver.resolve(null, "Les négociations reprendront en décembre.", "fr")).isNull();
        assertThat(resolver.resolve(null, "Talks resume in December, and again in 2026.", "en")).isNull();
    }

    @Test
    void a_stated_month_or_year_stands_when_the_text_names_only_months_and_years() {
        PublicationDate month = PublicationDate.month(YearMonth.of(2024, 12), Basis.HEADER, null);
        assertThat(resolver.resolve(month, "En décembre 2024, en 2024 et début décembre, rien.", "fr")).isEqualTo(month);
        PublicationDate year = StatedDateParser.parse("2023", Basis.METADATA).orElseThrow();
        assertThat(resolver.resolve(year, "Unemployment fell in 2023.", "en")).isEqualTo(year);
    }

    @Test
    void a_year_without_a_month_does_not_place_a_yearless_weekday_date() {
        // "d'ici 2030" is a target, not the present: the year comes from "août 2024", so 2025 (not 2031)
        String text = "Le ministre a déclaré vendredi 7 février que l'offensive d'août 2024 durerait d'ici 2030.";
        assertThat(resolver.resolve(null, text, "fr").value()).isEqualTo("2025-02-07");
        // with only a bare year, nothing tells which year is meant
        assertThat(resolver.resolve(null, "Le ministre a déclaré vendredi 7 février que rien n'avait changé depuis 2023.", "fr"))
                .isNull();
    }

    @Test
    void a_yearless_date_without_a_weekday_does_not_give_a_day() {
        assertThat(resolver.resolve(null, "Le 31 janvier, Kiev avait parlé ; en août 2024 déjà.", "fr")).isNull();
    }

    @Test
    void an_english_weekday_date_with_on_and_without_year_takes_the_year_of_its_weekday() {
        String text = "The minister said on Friday, February 7 that the offensive launched in August 2024 continued.";
        PublicationDate date = resolver.resolve(null, text, "en");
        assertThat(date.value()).isEqualTo("2025-02-07");
        assertThat(date.precision()).isEqualTo(Precision.DAY);
        assertThat(date.evidence()).isEqualTo("from the text: “Friday, February 7”");
    }

    @Test
    void the_weekday_of_a_yearless_date_fixes_its_year_within_a_stated_year() {
        // 7 February is a Friday in 2014, 2020 and 2025: the stated year decides, the weekday agrees
        PublicationDate year = StatedDateParser.parse("2020", Basis.METADATA).orElseThrow();
        PublicationDate date = resolver.resolve(year, "Le ministre a parlé vendredi 7 février.", "fr");
        assertThat(date.value()).isEqualTo("2020-02-07");
        assertThat(date.evidence()).isEqualTo("metadata date 2020, day from the text: “vendredi 7 février”");
        // in a year where 7 February is no Friday, the weekday date is not trusted and the year stands
        PublicationDate other = StatedDateParser.parse("2023", Basis.METADATA).orElseThrow();
        assertThat(resolver.resolve(other, "Le ministre a parlé vendredi 7 février.", "fr")).isEqualTo(other);
    }

    @Test
    void the_article_of_a_date_is_part_of_its_evidence() {
        PublicationDate month = PublicationDate.month(YearMonth.of(2025, 1), Basis.HEADER, null);
        PublicationDate date = resolver.resolve(month, "Kiev a parlé le vendredi 31 janvier, a-t-il dit.", "fr");
        assertThat(date.value()).isEqualTo("2025-01-31");
        assertThat(date.evidence()).isEqualTo("header date 2025-01, day from the text: “le vendredi 31 janvier”");
    }

    @Test
    void impossible_days_are_not_publication_days() {
        assertThat(resolver.resolve(null, "Il a parlé le 45 mars 2025.", "fr")).isNull();
        assertThat(resolver.resolve(null, "Il a parlé le 30 février 2025.", "fr")).isNull();
    }

    @Test
    void ordinary_words_are_not_taken_for_calendar_words() {
        assertThat(resolver.resolve(null, "He sat. The sun was up on a wed morning. She may 5 times say so, in march 2024.", "en"))
                .isNull();
    }

    // ---- bad input

    @Test
    void an_empty_text_or_one_without_dates_gives_the_stated_date_or_none() {
        PublicationDate month = PublicationDate.month(YearMonth.of(2025, 4), Basis.HEADER, null);
        for (String text : new String[] {"", "   \n\n ", null, "Rien de daté ici.", "12 345 personnes, 3,5 %."}) {
            assertThat(resolver.resolve(null, text, "fr")).as(String.valueOf(text)).isNull();
            assertThat(resolver.resolve(month, text, "fr")).as(String.valueOf(text)).isEqualTo(month);
        }
    }

    @Test
    void a_language_without_a_time_grammar_keeps_the_stated_date() {
        PublicationDate month = PublicationDate.month(YearMonth.of(2025, 2), Basis.HEADER, null);
        String text = "Der Minister sprach am Freitag, 7. Februar 2025. Le ministre a parlé vendredi 7 février 2025.";
        for (String language : new String[] {"de", "und", "xx", null, ""}) {
            assertThat(resolver.resolve(month, text, language)).as(language).isEqualTo(month);
            assertThat(resolver.resolve(null, text, language)).as(language).isNull();
        }
    }
}
