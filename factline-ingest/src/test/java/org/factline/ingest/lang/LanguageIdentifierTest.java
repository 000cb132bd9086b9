package org.factline.ingest.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

    private final LanguageIdentifier identifier = new LanguageIdentifier();

    private static final String FRENCH = "Le chef d'état-major de l'armée russe a annoncé samedi au président que ses "
            + "hommes avaient repris entièrement le contrôle de la région frontalière, après plusieurs mois de combats.";
    private static final String ENGLISH = "The country's military has been placed on high alert and has been told to "
            + "prepare for war, the official news agency reported on Friday after an exchange of artillery fire.";
    private static final String GERMAN = "Die Regierung hat am Freitag angekündigt, dass die Gespräche über einen "
            + "Waffenstillstand in der kommenden Woche in Genf fortgesetzt werden sollen, trotz der Kämpfe im Osten.";

    @Test
    void french_and_english_are_told_apart_and_analysable() {
        var fr = identifier.identify(FRENCH, null).language();
        assertThat(fr.code()).isEqualTo("fr");
        assertThat(fr.analysable()).isTrue();
        assertThat(fr.stated()).isFalse();
        assertThat(fr.confidence()).isGreaterThan(0.5);
        assertThat(identifier.identify(ENGLISH, null).language().code()).isEqualTo("en");
    }

    @Test
    void a_language_factline_cannot_analyse_is_flagged_not_misread() {
        var result = identifier.identify(GERMAN, null);
        assertThat(result.language().code()).isEqualTo("de");
        assertThat(result.language().analysable()).isFalse();
        assertThat(result.warnings()).anyMatch(w -> w.contains("not one Factline analyses"));
    }

    @Test
    void a_stated_language_is_trusted_in_its_usual_spellings() {
        assertThat(identifier.identify(FRENCH, "fr-FR").language()).satisfies(l -> {
            assertThat(l.code()).isEqualTo("fr");
            assertThat(l.stated()).isTrue();
        });
        assertThat(identifier.identify(FRENCH, "fra").language().code()).isEqualTo("fr");
        assertThat(identifier.identify(FRENCH, "French").language().code()).isEqualTo("fr");
    }

    @Test
    void a_stated_language_the_text_clearly_contradicts_is_overridden_with_a_warning() {
        var result = identifier.identify(GERMAN + " " + GERMAN, "en");
        assertThat(result.language().code()).isEqualTo("de");
        assertThat(result.warnings()).anyMatch(w -> w.contains("stated language 'en'"));
    }

    @Test
    void too_short_a_text_is_undetermined_unless_stated() {
        assertThat(identifier.identify("Kyiv, 7 Feb.", null).language().code()).isEqualTo("und");
        assertThat(identifier.identify("Kyiv, 7 Feb.", "en").language().code()).isEqualTo("en");
    }
}
