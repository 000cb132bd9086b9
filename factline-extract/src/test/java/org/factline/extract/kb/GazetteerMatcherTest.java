package org.factline.extract.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factline.model.EntityType;
import org.junit.jupiter.api.Test;

class GazetteerMatcherTest {

    private final GazetteerMatcher gazetteer = KnowledgeBase.standard().gazetteer();

    private List<String> found(String text, String lang) {
        return gazetteer.find(text, lang).stream().map(m -> m.surface() + "=" + m.best().name()).toList();
    }

    @Test
    void findsTheNamesOfAFrenchDispatch() {
        String text = "KIEV, 27 avril (Keystone-SDA ATS) - Le chef d'état-major Valéri Guérassimov a annoncé à "
                + "Vladimir Poutine la reprise de Gornal, dans la région de Koursk, avec l'aide de soldats "
                + "nord-coréens. La Corée du Nord et Pyongyang n'ont pas réagi; les Sud-Coréens, si.";
        assertThat(found(text, "fr")).contains("KIEV=Kyiv", "Keystone-SDA ATS=Keystone-SDA",
                "Valéri Guérassimov=Valery Gerasimov", "Vladimir Poutine=Vladimir Putin", "Gornal=Gornal",
                "Koursk=Kursk", "nord-coréens=North Koreans", "Corée du Nord=North Korea", "Pyongyang=Pyongyang",
                "Sud-Coréens=South Koreans");
    }

    @Test
    void spansPointIntoTheText() {
        String text = "Selon Kiev, Moscou ment.";
        GazetteerMatch moscow = gazetteer.find(text, "fr").get(1);
        assertThat(text.substring(moscow.start(), moscow.end())).isEqualTo("Moscou");
        assertThat(moscow.best().name()).isEqualTo("Moscow");
    }

    @Test
    void properNamesMatchOnlyWithTheirCase() {
        assertThat(found("What nice weather in the south of France.", "en")).containsExactly("France=France");
        assertThat(found("Let us go.", "en")).isEmpty();
        assertThat(found("US troops", "en")).isNotEmpty();
        assertThat(found("Il est mali, dit-on.", "fr")).isEmpty();
        assertThat(found("Au Mali, dit-on.", "fr")).containsExactly("Mali=Mali");
    }

    @Test
    void accentsAndTypographicApostrophesDoNotMatter() {
        assertThat(found("la Côte d’Ivoire", "fr")).containsExactly("Côte d’Ivoire=Ivory Coast");
        assertThat(found("à Avdiivka et à Avdiïvka", "fr")).containsExactly("Avdiivka=Avdiivka", "Avdiïvka=Avdiivka");
        assertThat(found("l’armée d’Ukraine", "fr")).contains("Ukraine=Ukraine");
    }

    @Test
    void theLongestNameWins() {
        assertThat(found("dans la bande de Gaza", "fr")).containsExactly("bande de Gaza=Gaza Strip");
        assertThat(found("in New York City", "en")).containsExactly("New York City=New York City");
    }

    @Test
    void exonymsDoNotTakeOtherPlacesOrWords() {
        assertThat(found("accord signé à Vienne", "fr")).containsExactly("Vienne=Vienna");
        assertThat(found("à Louvain et à Louvain-la-Neuve", "fr"))
                .containsExactly("Louvain=Leuven", "Louvain-la-Neuve=Louvain-la-Neuve");
        assertThat(found("La Valette-du-Var et La Valette", "fr"))
                .containsExactly("La Valette-du-Var=La Valette-du-Var", "La Valette=Valletta");
        assertThat(found("Le Cap-Vert a voté.", "fr")).containsExactly("Cap-Vert=Cape Verde");
        assertThat(found("Les gènes du nankin.", "fr")).isEmpty();
        assertThat(found("Koweït a rappelé son ambassadeur.", "fr")).containsExactly("Koweït=Kuwait");
        assertThat(found("in Mailand und Neapel", "fr")).isEmpty();
        assertThat(found("in Mailand und Neapel", "de")).containsExactly("Mailand=Milan", "Neapel=Naples");
    }

    @Test
    void aliasesOfAnotherLanguageAreNotUsed() {
        assertThat(found("Moscou", "en")).isEmpty();
        assertThat(found("Moscow", "fr")).containsExactly("Moscow=Moscow");
    }

    @Test
    void demonymsAreGroupsOfTheirCountry() {
        GazetteerMatch m = gazetteer.find("des soldats nord-coréens", "fr").getFirst();
        assertThat(m.best().type()).isEqualTo(EntityType.GROUP);
        assertThat(m.best().country()).isEqualTo("KP");
    }

    @Test
    void matchesAFiveThousandWordArticleInMilliseconds() {
        String paragraph = "Le président Volodymyr Zelensky a affirmé samedi à Kiev que les forces russes avaient "
                + "perdu du terrain près de Pokrovsk et de Toretsk, dans l'oblast de Donetsk, tandis que Moscou "
                + "revendiquait la prise de plusieurs villages. Selon Séoul, environ 1100 soldats nord-coréens "
                + "ont été tués ou blessés dans la région de Koursk. ";
        StringBuilder article = new StringBuilder();
        while (article.toString().split("\\s+").length < 5_000) {
            article.append(paragraph);
        }
        String text = article.toString();
        gazetteer.find(text, "fr");
        long start = System.nanoTime();
        int runs = 20;
        int matches = 0;
        for (int i = 0; i < runs; i++) {
            matches = gazetteer.find(text, "fr").size();
        }
        double millis = (System.nanoTime() - start) / 1e6 / runs;
        System.out.printf("gazetteer: %d words, %d matches, %.1f ms per article%n",
                text.split("\\s+").length, matches, millis);
        assertThat(matches).isGreaterThan(300);
        assertThat(millis).isLessThan(1_000);
    }
}
