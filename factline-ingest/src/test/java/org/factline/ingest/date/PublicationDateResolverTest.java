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
        assertThat(resolver.resolve(stated, "Le 3 mars 2011, rien ne s'est passé.")).isEqualTo(stated);
    }

    @Test
    void a_yearless_weekday_date_takes_the_year_in_which_the_weekday_fits() {
        String text = "Le ministre a déclaré vendredi 7 février que l'offensive lancée le 6 août 2024 continuait.";
        PublicationDate date = resolver.resolve(null, text);
        assertThat(date.value()).isEqualTo("2025-02-07");
        assertThat(date.basis()).isEqualTo(Basis.INFERRED);
        assertThat(date.precision()).isEqualTo(Precision.DAY);
        assertThat(date.evidence()).contains("vendredi 7 février");
    }

    @Test
    void an_english_weekday_date_without_year_is_placed_the_same_way() {
        String text = "The company said on Tuesday, March 4 that profits fell. In March 2024 they had risen.";
        assertThat(resolver.resolve(null, text).value()).isEqualTo("2025-03-04");
    }

    @Test
    void a_stated_month_is_refined_by_a_caption_date_that_a_bare_weekday_confirms() {
        PublicationDate month = PublicationDate.month(YearMonth.of(2025, 4), Basis.HEADER, null);
        String text = "Le chef a annoncé samedi la fin des combats.\n\n"
                + "Le président reçoit le chef à Moscou, le 26 avril 2025. KEYSTONE\n\n"
                + "Les troupes étaient entrées en août 2024.";
        PublicationDate date = resolver.resolve(month, text);
        assertThat(date.value()).isEqualTo("2025-04-26");
        assertThat(date.basis()).isEqualTo(Basis.INFERRED);
        assertThat(date.evidence()).contains("header date 2025-04").contains("26 avril 2025").contains("samedi");
    }

    @Test
    void a_text_date_outside_the_stated_month_does_not_refine_it() {
        PublicationDate month = PublicationDate.month(YearMonth.of(2025, 4), Basis.HEADER, null);
        assertThat(resolver.resolve(month, "The treaty was signed on 19 June 2024.")).isEqualTo(month);
    }

    @Test
    void a_dateline_beats_later_dates_mentioned_in_the_story() {
        String text = "Storm hits coast\n\nFriday, August 21, 2015\n\n"
                + "The vote is planned for Monday, September 7, 2015, officials said.";
        assertThat(resolver.resolve(null, text).value()).isEqualTo("2015-08-21");
    }

    @Test
    void a_french_dateline_followed_by_the_story_on_the_same_line_counts() {
        String text = "Kaboul : attaque\n\n22 juin 2012. - Cette nuit, les Talibans ont attaqué un hôtel. "
                + "L'élection aura lieu le 30 juin 2012.";
        assertThat(resolver.resolve(null, text).value()).isEqualTo("2012-06-22");
    }

    @Test
    void a_text_without_any_day_gives_no_date() {
        assertThat(resolver.resolve(null, "Les combats continuent depuis août 2024 dans la région.")).isNull();
        assertThat(resolver.resolve(null, "Nothing dated here, only Friday.")).isNull();
    }

    @Test
    void a_weekday_that_disagrees_with_its_date_is_not_trusted() {
        // 7 February 2025 was a Friday, not a Monday.
        assertThat(resolver.resolve(null, "Il a parlé lundi 7 février 2025.")).isNull();
    }
}
