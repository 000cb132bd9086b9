package org.factline.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

import org.factline.extract.Pipeline;
import org.factline.extract.Pipelines;
import org.factline.extract.TestSets;
import org.factline.model.Analysis;
import org.factline.model.Event;
import org.factline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * The event extractor's rules on sentences written for each of them, in both languages, through the whole
 * pipeline: what is reported and what is background, one event per real event, modality and place.
 */
class EventStepTest {

    private static final Pipeline PIPELINE = Pipelines.standard();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Analysis analyse(String lang, String dct, String text) {
        var item = JSON.createObjectNode().put("id", "t").put("dct", dct).put("text", text);
        return PIPELINE.analyse(TestSets.article(lang, item));
    }

    private static List<Event> events(String lang, String dct, String text) {
        return analyse(lang, dct, text).events();
    }

    private static List<Event> of(List<Event> events, EventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    private static List<Event> reported(List<Event> events) {
        return events.stream().filter(e -> e.modality() != Event.Modality.HYPOTHETICAL).toList();
    }

    @Test
    void aNounMeasuredByADurationIsBackground() {
        List<Event> fr = events("fr", "2023-05-12", "Après des semaines de combats, l'armée malienne a repris jeudi la ville de Ménaka.");
        assertEquals(List.of(EventType.CAPTURE_TERRITORY), fr.stream().map(Event::type).toList(), fr.toString());
        List<Event> en = events("en", "2023-05-12", "After months of fighting, Sudanese troops recaptured the town of Bara on Thursday.");
        assertEquals(List.of(EventType.CAPTURE_TERRITORY), en.stream().map(Event::type).toList(), en.toString());
    }

    @Test
    void aParticipleDescribingAParticipantIsNotReportedButAHeadlineOneIs() {
        List<Event> body = events("fr", "2024-10-03", "Le ministre a affirmé que les soldats tchadiens déployés dans la zone"
                + " avaient quitté leurs positions.");
        assertTrue(of(body, EventType.DEPLOY).isEmpty(), body.toString());
        List<Event> headline = events("fr", "2024-10-03", "Niger : trois policiers tués dans une embuscade près de Tillabéri");
        assertEquals(1, of(headline, EventType.CASUALTIES).size(), headline.toString());
    }

    @Test
    void aNounAloneIsNoEventButAFigureCountingItMakesOne() {
        List<Event> none = events("fr", "2024-02-01", "Les pertes restent difficiles à évaluer.");
        assertTrue(of(none, EventType.CASUALTIES).isEmpty(), none.toString());
        List<Event> counted = events("fr", "2024-02-01", "Des pertes que Nairobi chiffre à environ 400.");
        assertEquals(1, of(counted, EventType.CASUALTIES).size(), counted.toString());
    }

    @Test
    void aDefiniteNounWithNothingOfItsOwnIsTheEventToldElsewhere() {
        List<Event> fr = events("fr", "2024-06-20", "Le Kenya et l'Éthiopie ont signé en mai un accord de coopération militaire."
                + " Conformément à l'accord, des officiers seront formés à Nairobi.");
        List<Event> agreements = of(fr, EventType.AGREEMENT);
        assertEquals(1, agreements.size(), fr.toString());
        assertEquals("2024-05", agreements.getFirst().date());
        assertEquals(2, agreements.getFirst().evidence().size());
    }

    @Test
    void aMeetingTwiceWithTheSameParticipantIsOneMeeting() {
        List<Event> fr = events("fr", "2025-03-04", "Le président Emmanuel Macron a reçu mardi le chancelier Olaf Scholz à l'Élysée."
                + " Lors de cette rencontre avec M. Scholz, il a plaidé pour une défense européenne.");
        assertEquals(1, of(fr, EventType.MEETING).size(), fr.toString());
    }

    @Test
    void aGoalAThreatOrAReadinessIsAHypothesis() {
        List<Event> goal = events("fr", "2024-09-02", "Des renforts ont été mobilisés pour reprendre la ville de Koupiansk.");
        assertEquals(Event.Modality.HYPOTHETICAL, of(goal, EventType.CAPTURE_TERRITORY).getFirst().modality(), goal.toString());
        List<Event> threat = events("en", "2024-09-02", "Ankara threatened to invade the region if the attacks continued.");
        assertTrue(reported(of(threat, EventType.ATTACK)).stream().noneMatch(e -> e.triggerText().equals("invade")), threat.toString());
        List<Event> ready = events("fr", "2024-09-02", "Le gouvernement s'est dit prêt à négocier avec les rebelles.");
        assertTrue(reported(of(ready, EventType.NEGOTIATION)).isEmpty(), ready.toString());
        List<Event> done = events("fr", "2024-09-02", "Il a été condamné pour avoir tué deux gardiens.");
        assertEquals(Event.Modality.ASSERTED, of(done, EventType.CASUALTIES).getFirst().modality(), done.toString());
    }

    @Test
    void takingPartInFightingIsNotAnAttack() {
        List<Event> fr = events("fr", "2025-01-20", "Selon Séoul, aucun soldat n'a été engagé dans des combats depuis la mi-janvier.");
        assertEquals(1, of(fr, EventType.OTHER).size(), fr.toString());
        assertTrue(of(fr, EventType.ATTACK).isEmpty(), fr.toString());
    }

    @Test
    void aPronounSubjectTakesItsArmsFromTheSentenceBefore() {
        List<Event> fr = events("fr", "2024-08-20", "Les troupes ukrainiennes ont avancé vers l'est. Elles ont pénétré dans la région"
                + " de Belgorod en août.");
        assertEquals(1, of(fr, EventType.ATTACK).size(), fr.toString());
        List<Event> peace = events("fr", "2024-08-20", "Les touristes sont arrivés lundi. Ils ont pénétré dans la grotte en fin de journée.");
        assertTrue(of(peace, EventType.ATTACK).isEmpty(), peace.toString());
    }

    @Test
    void troopsDestroyedAreKilledWhileABridgeDestroyedIsAttacked() {
        List<Event> troops = events("fr", "2024-04-11", "Selon l'état-major, deux bataillons ennemis ont été détruits près de Bakhmout.");
        assertEquals(1, of(troops, EventType.CASUALTIES).size(), troops.toString());
        List<Event> bridge = events("fr", "2024-04-11", "Une frappe de missile a détruit le pont principal de la ville.");
        assertTrue(of(bridge, EventType.CASUALTIES).isEmpty(), bridge.toString());
        assertTrue(!of(bridge, EventType.ATTACK).isEmpty(), bridge.toString());
    }

    @Test
    void thePlaceIsTheMostPreciseOneNamedAndNotOneInAPhraseOfTime() {
        List<Event> fr = events("fr", "2025-04-27", "La dernière localité de la région de Koursk, le village de Gornal, a été reprise samedi.");
        Event capture = of(fr, EventType.CAPTURE_TERRITORY).getFirst();
        assertEquals("Gornal", capture.location().name(), fr.toString());
        List<Event> en = events("en", "2025-02-08", "Some 300 soldiers were killed in December since their deployment alongside Moscow.");
        Event killed = of(en, EventType.CASUALTIES).getFirst();
        assertEquals(null, killed.location(), en.toString());
    }

    @Test
    void protestsResignationsAndDisastersAreOtherEvents() {
        List<Event> en = events("en", "2024-11-05", "Thousands of teachers went on strike in Lagos on Monday. The education minister"
                + " resigned the next day.");
        assertEquals(2, of(en, EventType.OTHER).size(), en.toString());
        List<Event> fr = events("fr", "2024-11-05", "Un avion de tourisme s'est écrasé dimanche près de Gap.");
        assertEquals(1, of(fr, EventType.OTHER).size(), fr.toString());
    }

    @Test
    void anActOfDenyingOrConfirmingIsAStatementEventByItsSpeaker() {
        List<Event> fr = events("fr", "2024-03-14", "Moscou a démenti mardi avoir frappé un hôpital de Kharkiv.");
        List<Event> denials = of(fr, EventType.STATEMENT_DENIAL);
        assertEquals(1, denials.size(), fr.toString());
        assertEquals("Russia", denials.getFirst().actors().getFirst().name());
        assertEquals("2024-03-12", denials.getFirst().date());
        List<Event> en = events("en", "2024-03-14", "The Kremlin did not confirm the report.");
        assertTrue(of(en, EventType.STATEMENT_CONFIRMATION).isEmpty(), "not confirming is no act of confirming: " + en);
    }

    @Test
    void theSentencesPlaceIsTheEventsWhenItsOwnWordsNameNone() {
        List<Event> fr = events("fr", "2024-03-14", "Deux soldats ont été tués lundi lors d'affrontements près de Batken.");
        Event killed = of(fr, EventType.CASUALTIES).getFirst();
        assertEquals("Batken", killed.location().name(), fr.toString());
        List<Event> tv = events("fr", "2024-03-14", "Deux soldats ont été tués lundi, a annoncé la télévision d'État russe.");
        assertTrue(of(tv, EventType.CASUALTIES).stream().allMatch(e -> e.location() == null), tv.toString());
    }
}
