package org.factline.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

import org.factline.extract.Pipeline;
import org.factline.extract.Pipelines;
import org.factline.extract.TestSets;
import org.factline.extract.kb.KnowledgeBase;
import org.factline.model.Analysis;
import org.factline.model.Quantity;
import org.factline.model.Quantity.Qualifier;
import org.junit.jupiter.api.Test;

/** The quantity extractor on sentences written for each behaviour, in both languages, through the whole pipeline. */
class QuantityStepTest {

    private static final Pipeline PIPELINE = Pipelines.standard();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Quantity> figures(String lang, String dct, String text) {
        var item = JSON.createObjectNode().put("id", "t").put("dct", dct).put("text", text);
        return PIPELINE.analyse(TestSets.article(lang, item)).quantities();
    }

    private static Quantity only(List<Quantity> figures) {
        assertEquals(1, figures.size(), figures.toString());
        return figures.getFirst();
    }

    private static String source(Quantity q) {
        return q.source() == null ? "narrator" : q.source().name();
    }

    @Test
    void aFigureInsideAClaimIsTheSpeakers() {
        Quantity q = only(figures("fr", "2025-02-08", "En décembre, la ministre Claire Martin affirmait que 3 000 soldats"
                + " avaient été tués ou blessés depuis le début des combats."));
        assertEquals(3000.0, q.value());
        assertEquals("persons", q.unit());
        assertEquals("Claire Martin", source(q));
        assertEquals(0, q.claim());
        assertTrue(q.what().startsWith("soldats"), q.what());
        assertTrue(q.what().contains("tués ou blessés"), q.what());
    }

    @Test
    void theSubjectOfAVerbOfEstimatingGivesTheFigureAndACapitalStandsForItsCountry() {
        List<Quantity> qs = figures("fr", "2025-02-08", "Les combats ont fait de lourdes pertes. Des pertes que Séoul"
                + " chiffre aux alentours de 1 100.");
        Quantity q = only(qs);
        assertEquals(1100.0, q.value());
        assertEquals(Qualifier.ABOUT, q.qualifier());
        assertTrue(q.approx());
        assertEquals("aux alentours de 1 100", q.text());
        assertEquals("South Korea", source(q));
        assertEquals(-1, q.claim());
    }

    @Test
    void theOutletStatesWhatNobodyIsSaidToGive() {
        Quantity q = only(figures("en", "2015-09-12", "Over 900 asylum seekers were rescued off the coast on Friday."));
        assertNull(q.source());
        assertEquals(Qualifier.MORE_THAN, q.qualifier());
        assertEquals(900.0, q.low());
        assertNull(q.high());
    }

    @Test
    void accordingToCoversTheWholeSentence() {
        Quantity q = only(figures("en", "2021-09-14", "According to the fire brigade, 14 people were taken to hospital."));
        assertEquals(14.0, q.value());
        assertEquals("fire brigade", source(q));
    }

    @Test
    void datesDurationsAndClockTimesAreNoFigures() {
        assertTrue(figures("fr", "2025-02-08", "Le 6 août 2024, à 14h30, l'armée a lancé une offensive qui dure depuis"
                + " plus de six mois.").isEmpty());
        assertTrue(figures("en", "2023-05-02", "On March 3, 2021, after 18 months of talks, the deal was signed at 10:30 a.m.")
                .isEmpty());
    }

    @Test
    void numbersThatNameAreNoFigures() {
        assertTrue(figures("en", "2010-11-23", "Shells fell near posts 542 and 543 and hit a Boeing 737 on Route 66.")
                .isEmpty());
        assertTrue(figures("fr", "2023-03-16", "Le gouvernement a recouru à l'article 49.3 pour faire adopter le texte.")
                .isEmpty());
        assertTrue(figures("fr", "2024-05-02", "Le sommet du G7 a commencé. La victoire 2-1 du club le place au 1er rang.")
                .isEmpty());
    }

    @Test
    void agesAndIndexNamesAreNoFigures() {
        assertTrue(figures("en", "2024-05-02", "John Smith, 45, was arrested. Police said the man, aged 34, had fled.")
                .isEmpty());
        List<Quantity> fr = figures("fr", "2024-05-02", "Jean Dupont, 45 ans, a été interpellé. Le CAC 40 a gagné 1,2 %.");
        assertEquals(List.of(1.2), fr.stream().map(Quantity::value).toList(), fr.toString());
        Quantity usd = only(figures("en", "2024-05-02", "The fund received USD 5 million from donors."));
        assertEquals(5e6, usd.value());
        assertEquals("USD", usd.unit());
    }

    @Test
    void anArticleIsNoFigureButOneSoldierIs() {
        assertTrue(figures("fr", "2024-05-02", "Un soldat a été blessé par une mine.").isEmpty());
        assertTrue(figures("en", "2024-05-02", "One of the reasons was the weather.").isEmpty());
        Quantity one = only(figures("en", "2024-05-02", "One soldier was killed in the attack."));
        assertEquals(1.0, one.value());
        assertEquals("persons", one.unit());
    }

    @Test
    void smallNumbersAfterADefiniteArticlePointBack() {
        assertTrue(figures("fr", "2024-05-02", "Les deux pays ont signé un accord.").isEmpty());
        assertTrue(figures("en", "2024-05-02", "The two leaders met in Geneva.").isEmpty());
    }

    @Test
    void ordersOfMagnitudeHaveBoundsButNoValue() {
        Quantity q = only(figures("fr", "2024-05-02", "Des dizaines de milliers de personnes ont fui la ville."));
        assertNull(q.value());
        assertEquals(20000.0, q.low());
        assertEquals(100000.0, q.high());
        assertEquals("persons", q.unit());
        assertTrue(q.approx());
    }

    @Test
    void unitsAreMeasuresCurrenciesPeopleOrTheCountedNoun() {
        List<Quantity> qs = figures("fr", "2012-10-30", "Plus de 8 millions de foyers étaient privés d'électricité, avec"
                + " des vents de 105 km/h environ. Le groupe a perdu 2,7 milliards d'euros et 14 morts sont à déplorer.");
        assertEquals(4, qs.size(), qs.toString());
        assertEquals("foyers", qs.get(0).unit());
        assertEquals(8_000_000.0, qs.get(0).value());
        assertEquals("km/h", qs.get(1).unit());
        assertEquals(Qualifier.ABOUT, qs.get(1).qualifier());
        assertEquals("EUR", qs.get(2).unit());
        assertEquals(2.7e9, qs.get(2).value(), 1);
        assertEquals("persons", qs.get(3).unit());
    }

    @Test
    void aConversionInBracketsRestatesTheFigureBefore() {
        Quantity q = only(figures("en", "2017-07-24", "The team travelled about 500 miles (800 km) to reach the capital."));
        assertEquals(500.0, q.value());
        assertEquals("miles", q.unit());
    }

    @Test
    void aFigureRepeatedLaterIsKeptOnceButTwoInOneSentenceAreTwo() {
        List<Quantity> qs = figures("fr", "2022-11-30", "L'usine va supprimer 3 000 emplois. La suppression de ces"
                + " 3 000 emplois touchera surtout Rennes. L'inflation a atteint 6,2 % en novembre, après 6,2 % en octobre.");
        assertEquals(List.of(3000.0, 6.2, 6.2), qs.stream().map(Quantity::value).toList(), qs.toString());
    }

    @Test
    void evidenceIsTheSentence() {
        String text = "Le bilan est lourd. Au moins 12 civils ont été tués jeudi. Les secours sont sur place.";
        Quantity q = only(figures("fr", "2024-03-15", text));
        assertEquals("Au moins 12 civils ont été tués jeudi.", q.evidence().of(text));
        assertEquals("Au moins 12", q.span().of(text));
    }

    @Test
    void oddTextGivesSoundFiguresOrNoneAndNeverAnError() {
        String[] texts = {
            "3 000 000 000 000 000 000 000 soldats et 1,2,3,4 km, 12-34-56, £££ 5, plus de plus de 3, - 5 %.",
            "(((3))) 1e10 dollars ٣ 3 ३ 3\u00a0000\u00a0000,5 € un un un des des milliers de de 3️⃣ personnes.",
            "a a a hundred hundred thousand thousand people, some some 5, 0,0,0 %, ... 7 ...",
            "9".repeat(3000) + " morts. " + "1 ".repeat(500) + "blessés.",
        };
        for (String t : texts) {
            for (String lang : new String[] {"fr", "en"}) {
                for (Quantity q : figures(lang, "2024-01-01", t)) {
                    assertTrue(q.span().end() <= t.length() && q.evidence().contains(q.span()), q.toString());
                    assertTrue(q.value() == null || Double.isFinite(q.value()) && q.value() < 1e15, q.toString());
                }
            }
        }
    }

    @Test
    void aLanguageWithoutWordsOfFiguresGetsNone() {
        QuantityStep step = new QuantityStep(KnowledgeBase.standard());
        var item = JSON.createObjectNode().put("id", "t").put("dct", "2024-01-01").put("text", "Es gab 12 Tote.");
        Analysis before = Analysis.of(TestSets.article("de", item));
        assertSame(before, step.apply(before));
    }
}
