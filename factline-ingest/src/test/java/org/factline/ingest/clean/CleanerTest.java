package org.factline.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factline.model.Removal;
import org.factline.model.Span;
import org.junit.jupiter.api.Test;

class CleanerTest {

    private final Cleaner cleaner = new Cleaner();

    private static List<String> texts(Cleaner.Cleaned c, List<Span> spans) {
        return spans.stream().map(s -> s.of(c.text())).toList();
    }

    @Test
    void a_caption_keeps_its_words_as_a_caption_paragraph_and_loses_its_credit_and_the_byline_goes() {
        String body = """
                Le chef de l'armée a annoncé samedi la reprise de la région.

                Le président reçoit le chef de l'armée à Moscou, le 26 avril 2025. KEYSTONE

                Keystone-SDA ATS

                «Aujourd'hui, la dernière localité a été libérée», a déclaré le chef.
                """;
        Cleaner.Cleaned c = cleaner.clean(body, null);
        assertThat(c.text()).doesNotContain("KEYSTONE").doesNotContain("Keystone-SDA");
        assertThat(texts(c, c.captions()))
                .containsExactly("Le président reçoit le chef de l'armée à Moscou, le 26 avril 2025.");
        assertThat(c.removed()).containsExactly(
                new Removal(Removal.Kind.CREDIT, "KEYSTONE"),
                new Removal(Removal.Kind.BYLINE, "Keystone-SDA ATS"));
        assertThat(c.bylineOutlet()).isEqualTo("Keystone-SDA ATS");
        assertThat(texts(c, c.paragraphs())).hasSize(3);
        assertThat(c.headings()).isEmpty();
    }

    @Test
    void captions_found_apart_by_a_reader_follow_the_body_as_captions() {
        Cleaner.Cleaned c = cleaner.clean("Le texte.", null, List.of("Des soldats à Koursk. (Photo AFP)", "Photo: Reuters"));
        assertThat(texts(c, c.captions())).containsExactly("Des soldats à Koursk.");
        assertThat(c.removed()).extracting(Removal::kind).containsExactly(Removal.Kind.CREDIT, Removal.Kind.CREDIT);
    }

    @Test
    void scraping_tails_and_related_links_are_removed_in_both_languages() {
        String body = "Le texte de l'article.\nLire aussi : Ce qui s'est passé hier\nSource\n";
        assertThat(cleaner.clean(body, null).text()).isEqualTo("Le texte de l'article.");
        String en = "The story itself.\n\nRead more: what happened yesterday\n\nAdvertisement\n\nPhoto: Reuters\n\n(AFP)";
        Cleaner.Cleaned c = cleaner.clean(en, null);
        assertThat(c.text()).isEqualTo("The story itself.");
        assertThat(c.removed()).extracting(Removal::kind).containsExactly(
                Removal.Kind.BOILERPLATE, Removal.Kind.BOILERPLATE, Removal.Kind.CREDIT, Removal.Kind.BYLINE);
    }

    @Test
    void sentences_that_mention_agencies_are_kept() {
        String body = "Selon l'AFP, le bilan s'est alourdi.\n\nReuters reported that the talks had stalled on Friday.";
        Cleaner.Cleaned c = cleaner.clean(body, null);
        assertThat(c.removed()).isEmpty();
        assertThat(c.paragraphs()).hasSize(2);
    }

    @Test
    void section_headings_are_kept_and_marked() {
        String body = "Premier paragraphe du texte.\n\nDepuis août 2024\n\nDeuxième paragraphe du texte.";
        Cleaner.Cleaned c = cleaner.clean(body, null);
        assertThat(texts(c, c.headings())).containsExactly("Depuis août 2024");
        assertThat(c.title()).isNull();
    }

    @Test
    void a_headline_opening_the_text_becomes_the_title_and_stays_as_first_paragraph() {
        String body = "North Korea puts military in 'quasi-state of war'\n\nFriday, August 21, 2015\n\nThe country's military has been placed on alert.";
        Cleaner.Cleaned c = cleaner.clean(body, null);
        assertThat(c.title()).isEqualTo("North Korea puts military in 'quasi-state of war'");
        assertThat(texts(c, c.headings())).containsExactly("North Korea puts military in 'quasi-state of war'");
        assertThat(texts(c, c.paragraphs())).contains("Friday, August 21, 2015");
    }

    @Test
    void a_given_title_is_put_first_once() {
        Cleaner.Cleaned c = cleaner.clean("Kyiv under fire\n\nThe city was shelled overnight.", "Kyiv under fire");
        assertThat(c.text()).isEqualTo("Kyiv under fire\n\nThe city was shelled overnight.");
        Cleaner.Cleaned d = cleaner.clean("The city was shelled overnight.", "Kyiv  under fire");
        assertThat(d.text()).isEqualTo("Kyiv under fire\n\nThe city was shelled overnight.");
        assertThat(texts(d, d.headings())).containsExactly("Kyiv under fire");
    }

    @Test
    void hard_wrapped_prose_is_joined_but_one_line_paragraphs_stay_apart() {
        String wrapped = "The minister said on Friday that the talks would\ncontinue next week in Geneva, despite the\nfighting in the east.\n\nNext paragraph.";
        assertThat(Cleaner.paragraphs(wrapped)).containsExactly(
                "The minister said on Friday that the talks would continue next week in Geneva, despite the fighting in the east.",
                "Next paragraph.");
        String lines = "Volodymyr Zelensky a affirmé vendredi que les combats continuaient.\n“Il y a eu de nouveaux assauts”, a-t-il déclaré.";
        assertThat(Cleaner.paragraphs(lines)).hasSize(2);
    }

    @Test
    void white_space_and_invisible_characters_are_normalised() {
        Cleaner.Cleaned c = cleaner.clean("Un\t texte   avec\u00ADdes\u200B espaces.\r\n\r\n\r\nFin.", null);
        assertThat(c.text()).isEqualTo("Un texte avecdes espaces.\n\nFin.");
    }
}
