package org.factline.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.factline.extract.Pipelines;
import org.factline.model.Analysis;
import org.factline.model.Mention;
import org.junit.jupiter.api.Test;

/** How mentions are tied to entities, on sentences of our own in both languages. */
class EntityLinkingTest {

    private static Analysis analyse(String lang, String date, String text) {
        return Pipelines.standard().analyse(EntityTestSetTest.article(
                new EntityTestSetTest.Case(lang, LocalDate.parse(date), text, List.of(), null)));
    }

    private static List<Mention> mentions(Analysis a, String text, Mention.Kind kind) {
        return a.mentions().stream().filter(m -> m.text().equals(text) && m.kind() == kind).toList();
    }

    private static String name(Analysis a, Mention m) {
        return a.entities().stream().filter(e -> e.id().equals(m.entityId())).findFirst().orElseThrow().name();
    }

    @Test
    void a_body_of_a_state_named_by_its_country_is_one_entity_under_its_english_news_name() {
        Analysis fr = analyse("fr", "2026-02-02", "Au moins 23 personnes ont été tuées, selon le ministère marocain de l'Intérieur."
                + " Le ministère de l'Intérieur marocain a ensuite revu ce bilan.");
        List<Mention> bodies = fr.mentions().stream().filter(m -> m.text().contains("Intérieur")).toList();
        assertThat(bodies).isNotEmpty().allSatisfy(m -> assertThat(name(fr, m)).isEqualTo("Moroccan Interior Ministry"));
        assertThat(bodies.stream().map(Mention::entityId).distinct()).hasSize(1);
    }

    /**
     * "Kyrgyzstan's Border Service": the tagger finds the country and the body apart; the body is that country's, and
     * has the name the French "service kirghiz des frontières" has.
     */
    @Test
    void a_body_after_its_country_and_an_apostrophe_s_is_that_countrys_body() {
        Analysis en = analyse("en", "2026-03-10", "A spokesman for Kyrgyzstan's Border Service said the checkpoints were closed."
                + " Nepal's Health Ministry said 14 people had died in the floods. The checkpoints will stay closed until"
                + " further notice, according to the Border Service.");
        assertThat(en.mentions().stream().filter(m -> m.text().equals("Border Service")).toList())
                .hasSize(2).allSatisfy(m -> assertThat(name(en, m)).isEqualTo("Kyrgyz Border Service"));
        assertThat(en.mentions().stream().filter(m -> m.text().equals("Health Ministry")).toList())
                .singleElement().satisfies(m -> assertThat(name(en, m)).isEqualTo("Nepalese Health Ministry"));
        Analysis fr = analyse("fr", "2026-03-10", "Les postes-frontières resteront fermés jusqu'à nouvel ordre, a annoncé"
                + " le service kirghiz des frontières.");
        assertThat(fr.claims()).singleElement().satisfies(c -> assertThat(c.speaker().name()).isEqualTo("Kyrgyz Border Service"));
    }

    @Test
    void a_capital_that_speaks_is_also_a_mention_of_its_government_but_a_capital_as_a_place_is_not() {
        Analysis a = analyse("fr", "2025-02-08", "Kiev a affirmé que les combats continuaient près de Moscou.");
        assertThat(mentions(a, "Kiev", Mention.Kind.METONYM)).singleElement().satisfies(m -> assertThat(name(a, m)).isEqualTo("Ukraine"));
        assertThat(mentions(a, "Kiev", Mention.Kind.NAME)).singleElement().satisfies(m -> assertThat(name(a, m)).isEqualTo("Kyiv"));
        assertThat(mentions(a, "Moscou", Mention.Kind.METONYM)).isEmpty();

        Analysis en = analyse("en", "2025-02-08", "According to Seoul, the troops sent by Pyongyang had not fought since mid-January.");
        assertThat(mentions(en, "Seoul", Mention.Kind.METONYM)).singleElement().satisfies(m -> assertThat(name(en, m)).isEqualTo("South Korea"));
        assertThat(mentions(en, "Pyongyang", Mention.Kind.METONYM)).singleElement().satisfies(m -> assertThat(name(en, m)).isEqualTo("North Korea"));
    }

    @Test
    void a_capital_written_with_its_french_exonym_is_the_capital_and_speaks_for_its_country() {
        Analysis spoke = analyse("fr", "2025-03-04", "Douchanbé a démenti mardi.");
        assertThat(mentions(spoke, "Douchanbé", Mention.Kind.NAME)).singleElement().satisfies(m -> {
            assertThat(name(spoke, m)).isEqualTo("Dushanbe");
            assertThat(m.type()).isEqualTo(org.factline.model.EntityType.GPE);
        });
        assertThat(mentions(spoke, "Douchanbé", Mention.Kind.METONYM)).singleElement()
                .satisfies(m -> assertThat(name(spoke, m)).isEqualTo("Tajikistan"));

        Analysis place = analyse("fr", "2025-03-04", "Les négociations ont eu lieu à Bichkek.");
        assertThat(mentions(place, "Bichkek", Mention.Kind.NAME)).singleElement()
                .satisfies(m -> assertThat(name(place, m)).isEqualTo("Bishkek"));
        assertThat(mentions(place, "Bichkek", Mention.Kind.METONYM)).isEmpty();

        Analysis authorities = analyse("fr", "2025-03-04", "Les autorités de Tachkent ont annoncé une enquête.");
        assertThat(mentions(authorities, "Tachkent", Mention.Kind.NAME)).singleElement()
                .satisfies(m -> assertThat(name(authorities, m)).isEqualTo("Tashkent"));
        assertThat(mentions(authorities, "Tachkent", Mention.Kind.METONYM)).singleElement()
                .satisfies(m -> assertThat(name(authorities, m)).isEqualTo("Uzbekistan"));

        Analysis source = analyse("fr", "2025-03-04", "Selon Achgabat, Mascate et Manille ont refusé.");
        assertThat(mentions(source, "Achgabat", Mention.Kind.METONYM)).singleElement()
                .satisfies(m -> assertThat(name(source, m)).isEqualTo("Turkmenistan"));
        assertThat(mentions(source, "Mascate", Mention.Kind.NAME)).singleElement()
                .satisfies(m -> assertThat(name(source, m)).isEqualTo("Muscat"));
        assertThat(mentions(source, "Manille", Mention.Kind.NAME)).singleElement()
                .satisfies(m -> assertThat(name(source, m)).isEqualTo("Manila"));
    }

    @Test
    void the_same_title_names_different_people_on_different_dates() {
        String text = "Le président américain a téléphoné au président russe.";
        Analysis in2023 = analyse("fr", "2023-06-10", text);
        Analysis in2025 = analyse("fr", "2025-04-20", text);
        Analysis in2010 = analyse("fr", "2010-05-02", text);
        assertThat(name(in2023, mentions(in2023, "président américain", Mention.Kind.ROLE).getFirst())).isEqualTo("Joe Biden");
        assertThat(name(in2025, mentions(in2025, "président américain", Mention.Kind.ROLE).getFirst())).isEqualTo("Donald Trump");
        assertThat(name(in2010, mentions(in2010, "président russe", Mention.Kind.ROLE).getFirst())).isEqualTo("Dmitry Medvedev");
    }

    @Test
    void a_title_next_to_a_name_is_that_name_and_the_whole_phrase_is_a_mention() {
        Analysis a = analyse("fr", "2025-04-27", "Le président russe Vladimir Poutine a reçu M. Guérassimov.");
        Mention whole = a.mentions().stream().filter(m -> m.text().equals("président russe Vladimir Poutine")).findFirst().orElseThrow();
        assertThat(name(a, whole)).isEqualTo("Vladimir Putin");
        assertThat(name(a, mentions(a, "M. Guérassimov", Mention.Kind.HONORIFIC).getFirst())).isEqualTo("Valery Gerasimov");
    }

    @Test
    void an_unknown_person_gets_a_local_id_and_the_surname_alone_later_is_the_same_person() {
        Analysis a = analyse("fr", "2025-01-20", "Jean-Pierre Dubois, maire de la commune, a démissionné. Dubois a expliqué son choix.");
        List<String> ids = a.mentions().stream().filter(m -> m.text().contains("Dubois")).map(Mention::entityId).distinct().toList();
        assertThat(ids).containsExactly("fl:person:jean-pierre-dubois");
    }

    @Test
    void the_outlet_is_an_entity_with_the_names_of_its_removed_credits() {
        var article = EntityTestSetTest.article(new EntityTestSetTest.Case("fr", LocalDate.parse("2025-04-27"),
                "Le village de Gornal a été libéré.", List.of(), null));
        var withOutlet = new org.factline.model.Article(article.id(), article.doc(), article.source(), null, null,
                "Keystone-SDA ATS", article.language(), article.published(), article.text(), article.rawText(),
                article.paragraphs(), List.of(), List.of(), List.of(new org.factline.model.Removal(
                        org.factline.model.Removal.Kind.CREDIT, "KEYSTONE")), List.of());
        Analysis a = Pipelines.standard().analyse(withOutlet);
        assertThat(a.entities()).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("Keystone-SDA");
            assertThat(e.aliases()).contains("Keystone-SDA ATS", "KEYSTONE");
        });
    }
}
