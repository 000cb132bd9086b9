package org.factline.extract.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

import org.factline.extract.Pipeline;
import org.factline.extract.Pipelines;
import org.factline.extract.TestSets;
import org.factline.model.Claim;
import org.junit.jupiter.api.Test;

/** The claim extractor on sentences written for each behaviour, in both languages. */
class ClaimStepTest {

    private static final Pipeline PIPELINE = Pipelines.standard();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Claim> claims(String lang, String dct, String text) throws Exception {
        var item = JSON.createObjectNode().put("id", "t").put("dct", dct).put("text", text);
        return PIPELINE.analyse(TestSets.article(lang, item)).claims();
    }

    private static Claim only(List<Claim> claims) {
        assertEquals(1, claims.size(), claims.toString());
        return claims.getFirst();
    }

    @Test
    void reportedSpeechWithItsDateAndSpeaker() throws Exception {
        Claim c = only(claims("fr", "2025-03-08",
                "La ministre de la Santé, Claire Martin, a affirmé vendredi que les urgences resteraient ouvertes."));
        assertEquals("Claire Martin", c.speaker().name());
        assertEquals("a affirmé", c.cueText());
        assertEquals("les urgences resteraient ouvertes", c.quoteText());
        assertFalse(c.direct());
        assertEquals("2025-03-07", c.date());
        assertEquals(Claim.DateBasis.STATED, c.dateBasis());
    }

    @Test
    void aQuotationWithAnInvertedCliticGoesToTheSpeakerBefore() throws Exception {
        List<Claim> cs = claims("fr", "2024-11-12",
                "Le maire de Lyon, Paul Renard, a annoncé lundi la fermeture du pont. « Les travaux dureront six mois », a-t-il précisé.");
        assertEquals(2, cs.size(), cs.toString());
        Claim quote = cs.get(1);
        assertTrue(quote.direct());
        assertEquals("Les travaux dureront six mois", quote.quoteText());
        assertEquals("Paul Renard", quote.speaker().name());
        assertEquals("il", quote.speaker().text().replace("-t-", ""));
    }

    @Test
    void negatedConfirmationDenies() throws Exception {
        Claim c = only(claims("fr", "2023-05-02", "Le ministère n'a pas confirmé la présence de soldats étrangers."));
        assertEquals(Claim.Stance.CONFIRM, c.stance());
        assertTrue(c.negated());
        assertTrue(c.denies());
    }

    @Test
    void attributionBySelonCoversTheRestOfTheSentence() throws Exception {
        Claim c = only(claims("fr", "2022-06-20", "Selon les secouristes, douze personnes ont été évacuées dans la nuit."));
        assertEquals("secouristes", c.speaker().name());
        assertEquals("douze personnes ont été évacuées dans la nuit", c.quoteText());
        assertEquals("Selon", c.cueText());
    }

    @Test
    void englishInvertedSubjectAndAccordingTo() throws Exception {
        Claim said = only(claims("en", "2021-09-14", "\"The bridge will reopen in May,\" said the spokesman."));
        assertTrue(said.direct());
        assertEquals("spokesman", said.speaker().name());
        Claim according = only(claims("en", "2021-09-14", "Three people were injured, according to the fire service."));
        assertEquals("fire service", according.speaker().name());
        assertEquals("Three people were injured", according.quoteText());
    }

    @Test
    void aCapitalSpeaksForItsCountry() throws Exception {
        Claim c = only(claims("en", "2025-02-07", "Kyiv said on Friday that the troops had been withdrawn."));
        assertEquals("Ukraine", c.speaker().name());
        assertEquals("2025-02-07", c.date());
    }

    @Test
    void nestedClaimsKeepTheirOwnSpeakerAndTheOuterOneAsParent() throws Exception {
        List<Claim> cs = claims("en", "2024-04-03",
                "The mayor said that the company had admitted the leak was worse than reported.");
        Claim outer = cs.stream().filter(c -> c.cueText().equals("said")).findFirst().orElseThrow();
        Claim inner = cs.stream().filter(c -> c.cueText().equals("had admitted")).findFirst().orElseThrow();
        assertEquals(Claim.Stance.CONFIRM, inner.stance());
        assertEquals(cs.indexOf(outer), inner.parent());
        assertEquals(-1, outer.parent());
    }

    @Test
    void anOngoingPastWithoutDateStaysUndated() throws Exception {
        Claim c = only(claims("fr", "2025-02-07", "Le syndicat affirmait que les salaires stagnaient."));
        assertEquals(null, c.date());
        Claim told = only(claims("en", "2025-02-07", "The union said wages had stalled."));
        assertEquals("2025-02-07", told.date());
        assertEquals(Claim.DateBasis.ARTICLE, told.dateBasis());
    }

    @Test
    void namesTitlesAndScareQuotesAreNotClaims() throws Exception {
        assertTrue(claims("fr", "2020-01-10", "Le roman « Guerre et paix » a été réédité cette année.").isEmpty());
        assertTrue(claims("en", "2020-01-10", "The so-called \"red zone\" was closed to traffic on Monday.").isEmpty());
        assertTrue(claims("en", "2020-01-10", "").isEmpty());
    }

    @Test
    void everyClaimPointsIntoTheText() throws Exception {
        String text = "«Nous ne reculerons pas», a déclaré le président. Il a ajouté que l'armée « tiendra ». "
                + "D'après lui, « la guerre sera longue ».";
        for (Claim c : claims("fr", "2024-02-24", text)) {
            assertNotNull(c.speaker().name());
            assertEquals(c.quoteText(), c.quote().of(text));
            assertTrue(c.evidence().contains(c.quote()));
        }
    }
}
