package org.factline.extract.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factline.model.Claim;
import org.factline.model.Span;
import org.factline.model.Token;
import org.factline.extract.nlp.Inflections;
import org.factline.model.lang.DataFile;
import org.junit.jupiter.api.Test;

class ClaimLexiconTest {

    private static Token verb(String form, String lemma) {
        return new Token(0, 0, new Span(0, form.length()), form, lemma, "VERB", "O", -1, "root");
    }

    @Test
    void frenchVerbsGetTheirInflectedForms() {
        ClaimLexicon fr = ClaimLexicon.forLanguage("fr").orElseThrow();
        for (String form : List.of("affirme", "affirmait", "affirmé", "affirmeront", "annonçait", "annoncé",
                "rejettent", "démenti", "reconnaît", "dit", "disait")) {
            assertTrue(fr.verb(verb(form, form)).isPresent(), form);
        }
        assertEquals(Claim.Stance.DENY, fr.verb(verb("démentait", "démentait")).orElseThrow().stance());
        assertEquals(Claim.Stance.CONFIRM, fr.verb(verb("reconnu", "reconnu")).orElseThrow().stance());
        assertEquals(Claim.Stance.PRAISE, fr.verb(verb("salue", "salue")).orElseThrow().stance());
        assertFalse(fr.verb(verb("mange", "mange")).isPresent());
    }

    @Test
    void englishVerbsGoByLemma() {
        ClaimLexicon en = ClaimLexicon.forLanguage("en").orElseThrow();
        assertEquals(Claim.Stance.DENY, en.verb(verb("dismissed", "dismiss")).orElseThrow().stance());
        assertTrue(en.verb(verb("told", "tell")).orElseThrow().objectIsAddressee());
        assertTrue(en.isImperfective("had"));
    }

    @Test
    void aLanguageWithoutCuesHasNoLexicon() {
        assertTrue(ClaimLexicon.forLanguage("zz").isEmpty());
    }

    @Test
    void aMalformedLineIsNamedWithItsFileAndLine() {
        var bad = List.of(new DataFile.Line("lang/xx/claims/cues.tsv", 7, "verb\tshout\tcrier"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new ClaimLexicon(bad, Inflections.forLanguage("xx")));
        assertTrue(e.getMessage().contains("lang/xx/claims/cues.tsv:7"), e.getMessage());
        assertTrue(e.getMessage().contains("stance"), e.getMessage());
        var directive = List.of(new DataFile.Line("f.tsv", 2, "@imperfective = (unclosed"));
        assertThrows(IllegalStateException.class, () -> new ClaimLexicon(directive, Inflections.forLanguage("xx")));
        var unknown = List.of(new DataFile.Line("f.tsv", 3, "@loud = yes"));
        assertTrue(assertThrows(IllegalStateException.class, () -> new ClaimLexicon(unknown, Inflections.forLanguage("xx"))).getMessage().contains("@loud"));
    }
}
