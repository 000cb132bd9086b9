package org.factline.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.factline.extract.kb.KnowledgeBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryBodiesTest {

    private static CountryBodies bodies;

    @BeforeAll
    static void load() {
        bodies = new CountryBodies(KnowledgeBase.standard());
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Russia's defence ministry          | en | Russian Ministry of Defence
            the Russian defense ministry       | en | Russian Ministry of Defence
            le ministère russe de la Défense   | fr | Russian Ministry of Defence
            Taiwan's defence ministry          | en | Taiwanese Defence Ministry
            le ministère malien de la Défense  | fr | Malian Defence Ministry
            the defence ministry of Mali       | en | Malian Defence Ministry
            Ukraine’s air force                | en | Ukrainian Air Force
            l'armée de l'air ukrainienne       | fr | Ukrainian Air Force
            Sudan's army                       | en | Sudanese Armed Forces
            l'armée soudanaise                 | fr | Sudanese Armed Forces
            the Russian army                   | en | Russian Armed Forces
            la diplomatie chinoise             | fr | Chinese Foreign Ministry
            les autorités chinoises            | fr | China
            Mali's government                  | en | Mali
            le gouvernement du Mali            | fr | Mali
            la police nationale colombienne    | fr | Colombian Police
            Kyrgyzstan's Border Service        | en | Kyrgyz Border Service
            le service kirghiz des frontières  | fr | Kyrgyz Border Service
            Tajikistan's interior ministry     | en | Tajik Interior Ministry
            le ministère tadjik de l'Intérieur | fr | Tajik Interior Ministry
            les gardes-frontières ouzbeks      | fr | Uzbek Border Guard
            the Kazakh foreign ministry        | en | Kazakh Foreign Ministry
            the American navy                  | en | American Navy
            """)
    void namesTheBodyOfACountry(String phrase, String lang, String expected) {
        Optional<CountryBodies.Named> named = bodies.name(phrase.strip(), lang.strip());
        assertTrue(named.isPresent(), phrase);
        assertEquals(expected.strip(), named.get().name());
    }

    @Test
    void aKnownBodyIsItsEntityAndAnUnknownOneHasNone() {
        assertEquals("fl:org:ministry-of-defence-russia", bodies.name("Russia's defence ministry", "en").orElseThrow().entityId());
        assertNull(bodies.name("Taiwan's defence ministry", "en").orElseThrow().entityId());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            the ministry                         | en
            le ministère de la Santé             | fr
            Russia's most senior general         | en
            la presse espagnole                  | fr
            the Russian ambassador's wife        | en
            Mali                                 | en
            """)
    void leavesOtherPhrasesAlone(String phrase, String lang) {
        assertTrue(bodies.name(phrase.strip(), lang.strip()).isEmpty(), phrase);
    }
}
