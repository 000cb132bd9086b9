package org.factline.extract.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factline.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMatcherTest {

    private final NameMatcher names = KnowledgeBase.standard().names();

    private String best(String surface, EntityType type, String lang) {
        return names.best(surface, type, lang).map(c -> c.entity().name()).orElse(null);
    }

    @ParameterizedTest(name = "{0} ({1}) is {2}")
    @CsvSource({
        "Valéri Guérassimov, fr, Valery Gerasimov", "Waleri Gerassimow, de, Valery Gerasimov",
        "Valeriy Gerasimov, en, Valery Gerasimov", "Guérassimov, fr, Valery Gerasimov",
        "Volodymyr Zelensky, fr, Volodymyr Zelensky", "Zelenskyy, en, Volodymyr Zelensky",
        "Wolodymyr Selenskyj, de, Volodymyr Zelensky", "Zelenski, fr, Volodymyr Zelensky",
        "Volodymyr Zelenskiy, en, Volodymyr Zelensky", "Selenskyj, de, Volodymyr Zelensky",
        "Sergueï Choïgou, fr, Sergei Shoigu", "Sergej Schoigu, de, Sergei Shoigu", "Sergey Shoygu, en, Sergei Shoigu",
        "Poutine, fr, Vladimir Putin", "Vladimir Poutine, fr, Vladimir Putin", "Wladimir Putin, de, Vladimir Putin",
        "Sergueï Lavrov, fr, Sergei Lavrov", "Lawrow, de, Sergei Lavrov",
        "Dmitri Medvedev, fr, Dmitry Medvedev", "Medvedeff, fr, Dmitry Medvedev",
        "Ramzan Kadyrov, fr, Ramzan Kadyrov", "Kadyrow, de, Ramzan Kadyrov",
        "Dmitri Peskov, fr, Dmitry Peskov", "Peskow, de, Dmitry Peskov",
        "Benyamin Netanyahou, fr, Benjamin Netanyahu", "Netanjahu, de, Benjamin Netanyahu",
        "Netanyahou, fr, Benjamin Netanyahu",
        "Ali Khamenei, fr, Ali Khamenei", "Khamenéi, fr, Ali Khamenei", "Ali Chamenei, de, Ali Khamenei",
        "Kim Jong-un, fr, Kim Jong-un", "Kim Jong Un, en, Kim Jong-un", "Kim Jong-Un, de, Kim Jong-un",
        "Evgueni Prigojine, fr, Yevgeny Prigozhin", "Andriï Iermak, fr, Andriy Yermak",
        "Oleksandr Syrskyy, en, Oleksandr Syrskyi"
    })
    void transliterationsOfOnePersonMatchIt(String surface, String lang, String expected) {
        assertThat(best(surface, EntityType.PERSON, lang)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ({1}) is {2}")
    @CsvSource({
        "Koursk, fr, Kursk", "Kiev, fr, Kyiv", "Kyjiw, de, Kyiv", "Kharkov, en, Kharkiv", "Charkiw, de, Kharkiv",
        "Soudja, fr, Sudzha", "Sudscha, de, Sudzha", "Zaporijjia, fr, Zaporizhzhia", "Saporischschja, de, Zaporizhzhia",
        "Louhansk, fr, Luhansk", "Bakhmout, fr, Bakhmut", "Marioupol, fr, Mariupol", "Avdiïvka, fr, Avdiivka",
        "Crimée, fr, Crimea", "Moscou, fr, Moscow", "Pékin, fr, Beijing", "Séoul, fr, Seoul",
        "Téhéran, fr, Tehran", "Kaboul, fr, Kabul", "Jérusalem, fr, Jerusalem", "Odessa, en, Odesa",
        "Corée du Nord, fr, North Korea", "Donetsk, en, Donetsk"
    })
    void exonymsAndTransliterationsOfPlacesMatchTheCanonicalPlace(String surface, String lang, String expected) {
        assertThat(best(surface, EntityType.GPE, lang)).isEqualTo(expected);
    }

    @Test
    void theLargerPlaceWinsWhenNamesCollide() {
        KbEntity donetsk = names.best("Donetsk", EntityType.GPE, "en").orElseThrow().entity();
        assertThat(donetsk.country()).isEqualTo("UA");
        assertThat(names.match("Donetsk", EntityType.GPE, "en")).extracting(c -> c.entity().country())
                .contains("UA", "RU");
    }

    @Test
    void distinctPeopleWithSharedNamesNeverMerge() {
        assertThat(best("Kim Jong-il", EntityType.PERSON, "en")).isEqualTo("Kim Jong-il");
        assertThat(best("Kim Yo-jong", EntityType.PERSON, "fr")).isEqualTo("Kim Yo-jong");
        assertThat(best("Ali Larijani", EntityType.PERSON, "fr")).isEqualTo("Ali Larijani");
        assertThat(best("Viktor Ianoukovitch", EntityType.PERSON, "fr")).isEqualTo("Viktor Yanukovych");
        assertThat(best("Andriï Sybiha", EntityType.PERSON, "fr")).isEqualTo("Andrii Sybiha");
        assertThat(NameMatcher.sameName("Kim Jong-un", "Kim Jong-il")).isFalse();
        assertThat(NameMatcher.sameName("Kim Jong-un", "Kim Yo-jong")).isFalse();
        assertThat(NameMatcher.sameName("Ali Khamenei", "Ali Larijani")).isFalse();
        assertThat(NameMatcher.sameName("Viktor Orbán", "Viktor Yanukovych")).isFalse();
        assertThat(NameMatcher.sameName("Andriy Yermak", "Andriy Sybiha")).isFalse();
    }

    @Test
    void aSurnameSharedByManyPicksNoOne() {
        assertThat(names.best("Kim", EntityType.PERSON, "fr")).isEmpty();
        assertThat(names.best("Clinton", EntityType.PERSON, "en")).isEmpty();
        assertThat(names.match("Clinton", EntityType.PERSON, "en")).extracting(c -> c.entity().name())
                .contains("Bill Clinton", "Hillary Clinton");
    }

    @Test
    void aPersonNeverMatchesAPlaceNorAPlaceAPerson() {
        assertThat(names.match("Kursk", EntityType.PERSON, "en")).isEmpty();
        assertThat(names.match("Poutine", EntityType.GPE, "fr")).isEmpty();
        assertThat(names.match("Kiev", EntityType.LOC, "fr")).extracting(c -> c.entity().name()).contains("Kyiv");
    }

    @Test
    void matchesSayHowTheyMatched() {
        assertThat(names.best("Vladimir Putin", EntityType.PERSON, "en").orElseThrow().how())
                .isEqualTo(NameCandidate.How.EXACT);
        assertThat(names.best("VALERY GERASIMOV", EntityType.PERSON, "en").orElseThrow().how())
                .isEqualTo(NameCandidate.How.FOLDED);
        assertThat(names.best("Valeri Gerassimov", EntityType.PERSON, "fr").orElseThrow().how())
                .isEqualTo(NameCandidate.How.TRANSLITERATION);
        assertThat(names.best("Poutine", EntityType.PERSON, "fr").orElseThrow().how())
                .isEqualTo(NameCandidate.How.SURNAME);
    }

    @Test
    void unknownNamesCompareAcrossSpellings() {
        assertThat(NameMatcher.sameName("Valéri Guérassimov", "Valery Gerasimov")).isTrue();
        assertThat(NameMatcher.sameName("Oleksandr Tarnavskyi", "Oleksandr Tarnavsky")).isTrue();
        assertThat(NameMatcher.sameName("Mykhaïlo Fedorov", "Mychajlo Fedorow")).isTrue();
        assertThat(NameMatcher.sameName("Jean Dupont", "Jean Durand")).isFalse();
    }

    @Test
    void noTwoCuratedPeopleShareATransliterationKey() {
        Map<String, String> owners = new HashMap<>();
        List<KbEntity> people = KnowledgeBase.standard().entities().stream()
                .filter(e -> e.type() == EntityType.PERSON).toList();
        for (KbEntity p : people) {
            for (String key : TransliterationKey.all(p.name())) {
                String other = owners.putIfAbsent(key, p.name());
                assertThat(other == null || other.equals(p.name()))
                        .as("%s and %s share the key %s", p.name(), other, key).isTrue();
            }
        }
    }
}
