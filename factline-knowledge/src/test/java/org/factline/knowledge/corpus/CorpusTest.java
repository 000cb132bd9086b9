package org.factline.knowledge.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.Map;

import org.factline.model.Analysis;
import org.factline.model.Article;
import org.factline.model.Claim;
import org.factline.model.Entity;
import org.factline.model.EntityType;
import org.factline.model.Event;
import org.factline.model.EventType;
import org.factline.model.Language;
import org.factline.model.Mention;
import org.factline.model.Place;
import org.factline.model.PublicationDate;
import org.factline.model.Quantity;
import org.factline.model.Sentence;
import org.factline.model.SourceRef;
import org.factline.model.Span;
import org.junit.jupiter.api.Test;

/**
 * The corpus layer on analyses built by hand (the extractors are tested elsewhere): one event across
 * articles, figures compared within their vagueness, updates told from disagreements, denials then
 * confirmations, status changes, and the as-of view.
 */
class CorpusTest {

    /** Ministries speak for their country; a country for itself. */
    private static final Parties PARTIES = id -> Map.of("ministry-a", "country-a", "minister-a", "country-a", "ministry-b", "country-b")
            .getOrDefault(id, id);

    private static final Place TOWN = new Place(40.0, 70.0, "XA", "Batken Region", Place.Precision.EXACT);
    private static final Place REGION = new Place(40.1, 70.2, "XA", null, Place.Precision.REGION);

    /** Builds one article's analysis sentence by sentence. */
    private static final class Doc {
        final String doc;
        final String date;
        final StringBuilder text = new StringBuilder();
        final List<Sentence> sentences = new ArrayList<>();
        final List<Claim> claims = new ArrayList<>();
        final List<Event> events = new ArrayList<>();
        final List<Quantity> quantities = new ArrayList<>();
        final List<Mention> mentions = new ArrayList<>();
        final List<Entity> entities = new ArrayList<>();

        Doc(String doc, String date) {
            this.doc = doc;
            this.date = date;
        }

        Span sentence(String s) {
            int start = text.length();
            text.append(s).append(' ');
            Span span = new Span(start, start + s.length());
            sentences.add(new Sentence(sentences.size(), span, 0, 0));
            return span;
        }

        Span at(Span sentence, String words) {
            int i = text.indexOf(words, sentence.start());
            return new Span(i, i + words.length());
        }

        Doc mention(Span sentence, String words, String id, EntityType type) {
            mentions.add(new Mention(at(sentence, words), words, type, id, Mention.Kind.NAME, null));
            if (entities.stream().noneMatch(e -> e.id().equals(id))) {
                entities.add(new Entity(id, words, type, List.of(), null, true));
            }
            return this;
        }

        /** A claim over the whole sentence: speaker id, cue, stance. */
        int claim(Span sentence, String speakerId, String speaker, String cue, Claim.Stance stance, boolean negated, String date) {
            Span c = at(sentence, cue);
            claims.add(new Claim(sentence, sentence.of(text.toString()), c, cue, new Claim.Speaker(speakerId, speaker, null, speaker),
                    false, stance, negated, date, date == null ? Claim.DateBasis.NONE : Claim.DateBasis.STATED, null, sentence, -1, 0.8));
            return claims.size() - 1;
        }

        int event(Span sentence, EventType type, String trigger, String date, Event.Location where, Event.Modality modality, int claim,
                  Event.Actor... actors) {
            events.add(new Event(type, at(sentence, trigger), trigger, List.of(actors), where, date,
                    date == null ? Event.DateBasis.NONE : Event.DateBasis.STATED, modality, claim, List.of(sentence), 0.7));
            return events.size() - 1;
        }

        void figure(Span sentence, String words, double value, Quantity.Qualifier qualifier, String what, String sourceId, String source,
                    int claim, int event) {
            Span s = at(sentence, words);
            Claim.Speaker speaker = sourceId == null ? null : new Claim.Speaker(sourceId, source, null, source);
            quantities.add(new Quantity(s, words, value, null, null, qualifier, qualifier == Quantity.Qualifier.ABOUT, "persons", what,
                    null, speaker, claim, event, sentence, 0.8));
        }

        Analysis analysis() {
            Article a = new Article("id-" + doc, doc, new SourceRef("mem:" + doc, "text"), null, null, "Test Wire",
                    new Language("en", 1.0, true, true), new PublicationDate(date, PublicationDate.Precision.DAY,
                    PublicationDate.Basis.HEADER, null), text.toString(), text.toString(), List.of(), List.of(), List.of(), List.of());
            return new Analysis(a, sentences, List.of(), mentions, entities, List.of(), claims, events, quantities);
        }
    }

    private static Event.Location batken() {
        return new Event.Location("town-batken", "Batken", null, TOWN);
    }

    private static Event.Actor agent(String id, String name) {
        return new Event.Actor(Event.Role.AGENT, id, name, null, name);
    }

    private static Event.Actor patient(String id, String name) {
        return new Event.Actor(Event.Role.PATIENT, id, name, null, name);
    }

    private static List<Contradiction> of(List<Contradiction> all, Contradiction.Kind kind) {
        return all.stream().filter(c -> c.kind() == kind).toList();
    }

    @Test
    void theSameEventInTwoArticlesIsOneEventWithBothReports() {
        Doc one = new Doc("one", "2026-03-10");
        Span s = one.sentence("A drone struck a fuel depot in Batken on Monday.");
        one.event(s, EventType.ATTACK, "struck", "2026-03-09", batken(), Event.Modality.ASSERTED, -1, agent("country-b", "B"));
        Doc two = new Doc("two", "2026-03-11");
        Span t = two.sentence("Le dépôt de Batken a été frappé lundi.");
        two.event(t, EventType.ATTACK, "frappé", "2026-03-09", new Event.Location("region-batken", "Batken Region", null, REGION),
                Event.Modality.ASSERTED, -1);
        Doc three = new Doc("three", "2026-03-12");
        Span u = three.sentence("Another strike hit Osh on Tuesday.");
        three.event(u, EventType.ATTACK, "strike", "2026-03-10", new Event.Location("town-osh", "Osh", null, TOWN), Event.Modality.ASSERTED, -1);

        Corpus corpus = Corpus.of(List.of(three.analysis(), two.analysis(), one.analysis()), PARTIES);
        assertEquals(2, corpus.events().size(), corpus.events().toString());
        CorpusEvent depot = corpus.events().getFirst();
        assertEquals(List.of("one", "two"), depot.reports().stream().map(r -> r.statement().doc()).toList());
        assertEquals("Batken", depot.location().name(), "the most precise place of the reports");
    }

    @Test
    void theSameDayInTwoArticlesOfOneStoryIsATieButNotInArticlesOfTwoStories() {
        Doc one = new Doc("one", "2026-03-10");
        Span s = one.sentence("Fighting broke out on Monday, Azamat Toktogulov said in Batken.");
        one.mention(s, "Azamat Toktogulov", "person-toktogulov", EntityType.PERSON).mention(s, "Batken", "town-batken", EntityType.GPE);
        one.event(s, EventType.ATTACK, "Fighting", "2026-03-09", null, Event.Modality.ASSERTED, -1);
        Doc two = new Doc("two", "2026-03-11");
        Span t = two.sentence("Selon Azamat Toktogoulov, des tirs ont visé Batken lundi.");
        two.mention(t, "Azamat Toktogoulov", "person-toktogulov", EntityType.PERSON).mention(t, "Batken", "town-batken", EntityType.GPE);
        two.event(t, EventType.ATTACK, "tirs", "2026-03-09", null, Event.Modality.ASSERTED, -1);
        Doc other = new Doc("other", "2026-03-11");
        Span u = other.sentence("Rebels attacked a convoy in Mali on Monday.");
        other.mention(u, "Mali", "country-mali", EntityType.GPE);
        other.event(u, EventType.ATTACK, "attacked", "2026-03-09", null, Event.Modality.ASSERTED, -1);

        Corpus corpus = Corpus.of(List.of(one.analysis(), two.analysis(), other.analysis()), PARTIES);
        assertEquals(2, corpus.events().size(), corpus.events().toString());
        assertEquals(List.of("one", "two"), corpus.events().getFirst().reports().stream().map(r -> r.statement().doc()).toList());
    }

    @Test
    void anEventJoinsOneAtAPlaceOfItsCountryOrAtAnUnlinkedPlaceOfTheSameName() {
        Place country = new Place(41.0, 71.0, "XA", null, Place.Precision.COUNTRY);
        Place abroad = new Place(10.0, 10.0, "YB", "Far Region", Place.Precision.EXACT);
        Doc one = new Doc("one", "2026-03-10");
        Span s = one.sentence("Shelling was reported across Xland.");
        one.event(s, EventType.ATTACK, "Shelling", null, new Event.Location("country-x", "Xland", null, country), Event.Modality.ASSERTED, -1);
        Doc two = new Doc("two", "2026-03-11");
        Span t = two.sentence("Batken was shelled.");
        two.event(t, EventType.ATTACK, "shelled", null, batken(), Event.Modality.ASSERTED, -1);
        Doc three = new Doc("three", "2026-03-11");
        Span u = three.sentence("Farville was shelled.");
        three.event(u, EventType.ATTACK, "shelled", null, new Event.Location("town-far", "Farville", null, abroad), Event.Modality.ASSERTED, -1);
        Doc four = new Doc("four", "2026-03-12");
        Span v = four.sentence("Troops crossed the Old Bridge.");
        four.event(v, EventType.DEPLOY, "crossed", null, new Event.Location(null, "the Old Bridge", null, null), Event.Modality.ASSERTED, -1);
        Doc five = new Doc("five", "2026-03-13");
        Span w = five.sentence("Des troupes ont franchi le pont: the old bridge.");
        five.event(w, EventType.DEPLOY, "franchi", null, new Event.Location(null, "The old  bridge", null, null), Event.Modality.ASSERTED, -1);

        Corpus corpus = Corpus.of(List.of(one.analysis(), two.analysis(), three.analysis(), four.analysis(), five.analysis()), PARTIES);
        assertEquals(List.of(List.of("one", "two"), List.of("three"), List.of("four", "five")), corpus.events().stream()
                .map(e -> e.reports().stream().map(r -> r.statement().doc()).toList()).toList());
        // the town first: the country's event joins it all the same
        Corpus reversed = Corpus.of(List.of(two.analysis(), one.analysis()), PARTIES);
        assertEquals(1, reversed.events().size(), reversed.events().toString());
    }

    @Test
    void entitiesTheKnowledgeBaseDoesNotKnowAreOneAcrossTransliterationsButNotAcrossEndings() {
        Doc one = new Doc("one", "2026-03-10");
        Span s = one.sentence("Azamat Toktogulov and Ivan Petrov spoke.");
        Doc two = new Doc("two", "2026-03-11");
        Span t = two.sentence("Azamat Toktogoulov et Ivan Petrova ont parlé.");
        for (Object[] e : new Object[][] {{one, s, "Azamat Toktogulov"}, {one, s, "Ivan Petrov"}, {two, t, "Azamat Toktogoulov"},
                {two, t, "Ivan Petrova"}}) {
            Doc d = (Doc) e[0];
            String name = (String) e[2];
            String id = "fl:person:" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
            d.mentions.add(new Mention(d.at((Span) e[1], name), name, EntityType.PERSON, id, Mention.Kind.NAME, null));
            d.entities.add(new Entity(id, name, EntityType.PERSON, List.of(name), null, false));
        }
        Corpus corpus = Corpus.of(List.of(one.analysis(), two.analysis()), PARTIES);
        assertEquals(List.of(List.of("id-one", "id-two"), List.of("id-one"), List.of("id-two")),
                corpus.entities().stream().map(CorpusEntity::articles).toList());
        assertEquals(corpus.entity("fl:person:azamat-toktogulov"), corpus.entity("fl:person:azamat-toktogoulov"));
        assertEquals(1, corpus.find("Toktogoulov").size());
    }

    @Test
    void figuresOfTwoPartiesBeyondTheirVaguenessDisagreeButAPartysLaterFigureIsAnUpdate() {
        Doc one = new Doc("one", "2026-03-10");
        Span s = one.sentence("The ministry said 4 people were killed in the clashes.");
        int c = one.claim(s, "ministry-a", "Ministry A", "said", Claim.Stance.ASSERT, false, "2026-03-10");
        int e = one.event(s, EventType.CASUALTIES, "killed", null, batken(), Event.Modality.ASSERTED, c);
        one.figure(s, "4", 4, Quantity.Qualifier.EXACTLY, "people killed", "ministry-a", "Ministry A", c, e);
        Doc two = new Doc("two", "2026-03-13");
        Span t = two.sentence("The ministry now says 9 people were killed, while monitors said at least 14 civilians died.");
        int c2 = two.claim(t, "ministry-a", "Ministry A", "says", Claim.Stance.ASSERT, false, "2026-03-13");
        int e2 = two.event(t, EventType.CASUALTIES, "killed", null, batken(), Event.Modality.ASSERTED, c2);
        two.figure(t, "9", 9, Quantity.Qualifier.EXACTLY, "people killed", "ministry-a", "Ministry A", c2, e2);
        two.figure(t, "at least 14", 14, Quantity.Qualifier.AT_LEAST, "civilians", "monitors", "Civic Monitor", -1, e2);
        Span u = two.sentence("A local official put the toll at about 10.");
        int e3 = two.event(u, EventType.CASUALTIES, "toll", null, batken(), Event.Modality.ASSERTED, -1);
        two.figure(u, "about 10", 10, Quantity.Qualifier.ABOUT, "toll", "official", "Local official", -1, e3);

        List<Contradiction> found = Corpus.of(List.of(one.analysis(), two.analysis()), PARTIES).contradictions();
        List<Contradiction> q = of(found, Contradiction.Kind.QUANTITY);
        // 4 → 9 is the ministry's update; 9 vs at least 14 disagree; about 10 fits 9 but not "at least 14"
        assertTrue(q.stream().noneMatch(x -> x.a().source().party().equals(x.b().source().party())), q.toString());
        assertTrue(q.stream().anyMatch(x -> x.a().says().startsWith("9") && x.b().says().startsWith("at least 14")
                || x.b().says().startsWith("9") && x.a().says().startsWith("at least 14")), q.toString());
        assertTrue(q.stream().noneMatch(x -> x.a().says().startsWith("4") || x.b().says().startsWith("4")), "4 was updated: " + q);
        assertTrue(q.stream().noneMatch(x -> x.a().says().startsWith("9") && x.b().says().startsWith("about 10")
                || x.a().says().startsWith("about 10") && x.b().says().startsWith("9")), "9 and about 10 agree: " + q);
    }

    @Test
    void oneAssertsWhatAnotherDeniesAndAPartyDeniesThenConfirms() {
        Doc one = new Doc("one", "2026-03-10");
        Span s = one.sentence("Ministry A said a drone struck Batken on Monday.");
        int c = one.claim(s, "ministry-a", "Ministry A", "said", Claim.Stance.ASSERT, false, "2026-03-10");
        one.event(s, EventType.ATTACK, "struck", "2026-03-09", batken(), Event.Modality.ASSERTED, c, agent("country-b", "B"));
        Doc two = new Doc("two", "2026-03-11");
        Span t = two.sentence("Ministry B denied that its drone struck Batken on Monday.");
        int c2 = two.claim(t, "ministry-b", "Ministry B", "denied", Claim.Stance.DENY, false, "2026-03-11");
        two.event(t, EventType.ATTACK, "struck", "2026-03-09", batken(), Event.Modality.ASSERTED, c2, agent("country-b", "B"));
        Doc three = new Doc("three", "2026-03-26");
        Span u = three.sentence("Ministry B confirmed on Thursday that its drone struck Batken on 9 March.");
        int c3 = three.claim(u, "ministry-b", "Ministry B", "confirmed", Claim.Stance.CONFIRM, false, "2026-03-26");
        three.event(u, EventType.ATTACK, "struck", "2026-03-09", batken(), Event.Modality.ASSERTED, c3, agent("country-b", "B"));

        Corpus corpus = Corpus.of(List.of(one.analysis(), two.analysis(), three.analysis()), PARTIES);
        List<Contradiction> found = corpus.contradictions();
        List<Contradiction> existence = of(found, Contradiction.Kind.EXISTENCE);
        assertEquals(1, existence.size(), found.toString());
        assertEquals("one", existence.getFirst().a().doc());
        assertEquals("two", existence.getFirst().b().doc());
        List<Contradiction> reversal = of(found, Contradiction.Kind.DENIAL_VS_CONFIRMATION);
        assertEquals(1, reversal.size(), found.toString());
        assertEquals("two", reversal.getFirst().a().doc());
        assertEquals("three", reversal.getFirst().b().doc());

        // as of 20 March, the confirmation is not known yet
        List<Contradiction> before = corpus.asOf("2026-03-20").contradictions();
        assertTrue(of(before, Contradiction.Kind.DENIAL_VS_CONFIRMATION).isEmpty(), before.toString());
        assertEquals(1, of(before, Contradiction.Kind.EXISTENCE).size(), before.toString());
    }

    @Test
    void aWithdrawalThenFightingByTheSameActorIsAStatusChange() {
        Doc one = new Doc("one", "2026-01-31");
        Span s = one.sentence("Kyiv said the northern troops had been withdrawn from the area.");
        int c = one.claim(s, "country-u", "Ukraine", "said", Claim.Stance.ASSERT, false, "2026-01-31");
        one.event(s, EventType.WITHDRAW, "withdrawn", null, null, Event.Modality.ASSERTED, c, patient("country-n", "North"));
        Doc two = new Doc("two", "2026-02-07");
        Span t = two.sentence("The president said northern soldiers were fighting again in the region.");
        int c2 = two.claim(t, "president-u", "President", "said", Claim.Stance.ASSERT, false, "2026-02-07");
        two.event(t, EventType.ATTACK, "fighting", null, new Event.Location("region-k", "K Region", null, REGION), Event.Modality.ASSERTED,
                c2, agent("country-n", "North"));
        List<Contradiction> found = Corpus.of(List.of(one.analysis(), two.analysis()), PARTIES).contradictions();
        List<Contradiction> changes = of(found, Contradiction.Kind.STATUS_CHANGE);
        assertEquals(1, changes.size(), found.toString());
        assertEquals("Ukraine", changes.getFirst().a().source().name());
        assertEquals("President", changes.getFirst().b().source().name());
    }

    @Test
    void claimsAboutTheSameEventAreOneThreadWithEachSourcesStance() {
        Doc one = new Doc("one", "2026-04-14");
        Span s = one.sentence("The minister said he never met the executive in Geneva.");
        int c = one.claim(s, "minister-a", "Minister A", "said", Claim.Stance.ASSERT, false, "2026-04-14");
        one.event(s, EventType.MEETING, "met", null, new Event.Location("city-geneva", "Geneva", null, TOWN), Event.Modality.NEGATED, c,
                agent("minister-a", "Minister A"));
        Doc two = new Doc("two", "2026-05-06");
        Span t = two.sentence("The minister admitted he met the executive in Geneva in November.");
        int c2 = two.claim(t, "minister-a", "Minister A", "admitted", Claim.Stance.CONFIRM, false, "2026-05-05");
        two.event(t, EventType.MEETING, "met", "2025-11", new Event.Location("city-geneva", "Geneva", null, TOWN), Event.Modality.ASSERTED,
                c2, agent("minister-a", "Minister A"));
        Span u = two.sentence("Separately, a union said some 400 jobs depended on the port.");
        two.claim(u, "union", "Union", "said", Claim.Stance.ASSERT, false, null);

        List<ClaimThread> threads = Corpus.of(List.of(one.analysis(), two.analysis()), PARTIES).threads();
        assertEquals(1, threads.size(), threads.toString());
        List<ClaimThread.Stance> stances = threads.getFirst().stances();
        assertEquals(List.of("one", "two"), stances.stream().map(x -> x.statement().doc()).toList());
        assertTrue(stances.get(0).denies(), "never met: a denial of the meeting");
        assertTrue(!stances.get(1).denies());
    }

    @Test
    void claimsThatShareHalfTheContentWordsOfTheShorterOneAreOneThread() {
        String[][] said = {
                {"one", "2026-02-01", "Engineers warned repeatedly that cracks spread along the northern dam wall."},
                {"two", "2026-02-02", "Inspectors noted that cracks spread along the northern wall before spring."},
                {"three", "2026-02-03", "Officials denied that cracks existed anywhere near the reservoir."},
                {"four", "2026-02-04", "Northern wall cracks."},
                {"five", "2026-02-05", "Cracks, wall."}};
        List<Analysis> analyses = new ArrayList<>();
        for (String[] x : said) {
            Doc d = new Doc(x[0], x[1]);
            d.claim(d.sentence(x[2]), "source-" + x[0], "Source " + x[0], x[2].split(" ")[1], Claim.Stance.ASSERT, false, x[1]);
            analyses.add(d.analysis());
        }
        List<ClaimThread> threads = Corpus.of(analyses, PARTIES).threads();
        // six words of nine in common; all three of the short one; two of eight, and a claim of two words, are not enough
        assertEquals(List.of(List.of("one", "two", "four")), threads.stream()
                .map(t -> t.stances().stream().map(x -> x.statement().doc()).toList()).toList());
    }

    /**
     * One party asserts and another denies the same words in 60 articles each: one dispute told many times. The
     * disagreements between the two parties in the thread stop at {@link Contradictions#PER_PAIR}; a third party that
     * denies it later is still set against the first.
     */
    @Test
    void aDisputeRepeatedByManyArticlesIsReportedABoundedNumberOfTimes() {
        String words = "Troops of country C fought near the border post of Vorukh last week.";
        List<Analysis> analyses = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Doc a = new Doc("assert-" + i, String.format("2026-03-%02d", 1 + i % 28));
            a.claim(a.sentence(words), "ministry-a", "Ministry A", "fought", Claim.Stance.ASSERT, false, null);
            Doc d = new Doc("deny-" + i, String.format("2026-03-%02d", 1 + i % 28));
            d.claim(d.sentence("Ministry B denied that troops of country C fought near the border post of Vorukh last week."),
                    "ministry-b", "Ministry B", "denied", Claim.Stance.DENY, false, null);
            analyses.add(a.analysis());
            analyses.add(d.analysis());
        }
        Doc late = new Doc("late", "2026-04-20");
        late.claim(late.sentence("Country U denied that troops of country C fought near the border post of Vorukh last week."),
                "country-u", "Country U", "denied", Claim.Stance.DENY, false, null);
        analyses.add(late.analysis());
        Corpus corpus = Corpus.of(analyses, PARTIES);
        assertEquals(1, corpus.threads().size(), "one thread of 121 stances");
        List<Contradiction> existence = of(corpus.contradictions(), Contradiction.Kind.EXISTENCE);
        long ab = existence.stream().filter(c -> Set.of(c.a().source().party(), c.b().source().party())
                .equals(Set.of("country-a", "country-b"))).count();
        assertEquals(8, ab, "disagreements between A and B (60 without the bound: each statement set against the other side once)");
        assertTrue(existence.stream().anyMatch(c -> c.b().source().party().equals("country-u")
                && c.a().source().party().equals("country-a")), "the later denial of a third party: " + existence);
    }

    /**
     * A claim that 300 voices, each its own party, assert or deny in turn: tens of thousands of pairs of sides, one
     * dispute. The thread gives {@link Contradictions#PER_TOPIC} disagreements, each between two parties it had not
     * set against each other yet; the same goes for an event that as many voices report or deny.
     */
    @Test
    void aDisputeOfManyVoicesGivesABoundedShareOfDisagreements() {
        List<Analysis> words = new ArrayList<>();
        List<Analysis> events = new ArrayList<>();
        int voices = 3 * Contradictions.PER_TOPIC;
        for (int i = 0; i < voices; i++) {
            String date = java.time.LocalDate.parse("2026-01-01").plusDays(i / 10).toString();
            Claim.Stance stance = i % 2 == 0 ? Claim.Stance.ASSERT : Claim.Stance.DENY;
            Doc d = new Doc("w" + i, date);
            d.claim(d.sentence("Voice " + i + " said troops crossed the border near Batken overnight."), "voice-" + i, "Voice " + i,
                    "said", stance, false, null);
            words.add(d.analysis());
            Doc e = new Doc("e" + i, date);
            Span s = e.sentence("Voice " + i + " said a drone struck the market of Batken on Monday.");
            int c = e.claim(s, "voice-" + i, "Voice " + i, "said", stance, false, "2026-01-05");
            e.event(s, EventType.ATTACK, "struck", "2026-01-05", batken(), Event.Modality.ASSERTED, c, agent("country-b", "B"));
            events.add(e.analysis());
        }
        for (List<Analysis> corpus : List.of(words, events)) {
            List<Contradiction> existence = of(Corpus.of(corpus, PARTIES).contradictions(), Contradiction.Kind.EXISTENCE);
            assertEquals(Contradictions.PER_TOPIC, existence.size(), existence.size() + " disagreements");
            assertEquals(existence.size(), existence.stream().map(c -> Set.of(c.a().source().party(), c.b().source().party()))
                    .distinct().count(), "each between two parties of their own");
        }
    }

    /** The words of a statement: runs of white space made one space, as the regular expression did before. */
    @Test
    void theWordsOfAStatementHaveOneSpaceForEachRunOfWhiteSpace() {
        java.util.Random random = new java.util.Random(7);
        char[] alphabet = {'a', 'é', ' ', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u2028', '\u3000', '.'};
        for (int n = 0; n < 5_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(400); i > 0; i--) {
                s.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String want = s.toString().strip().replaceAll("\\s+", " ");
            want = want.length() <= 280 ? want : want.substring(0, 279) + "…";
            assertEquals(want, Corpus.trim(s.toString()), "«" + s + "»");
        }
        assertEquals("Il a dit : « non »", Corpus.trim("  Il a\n dit :\t\t« non »\r\n"));
    }

    @Test
    void claimsWithTheSameWordsAreJoinedAcrossArticlesButNotWithinOne() {
        String words = "Engineers warned that cracks spread along the northern dam wall.";
        Doc one = new Doc("one", "2026-02-01");
        one.claim(one.sentence(words), "source-x", "Source X", "warned", Claim.Stance.ASSERT, false, null);
        one.claim(one.sentence(words), "source-y", "Source Y", "warned", Claim.Stance.ASSERT, false, null);
        assertEquals(List.of(), Corpus.of(List.of(one.analysis()), PARTIES).threads(), "two claims of one article");

        Doc two = new Doc("two", "2026-02-02");
        two.claim(two.sentence("Inspectors noted that cracks spread along the northern wall before spring."), "source-z",
                "Source Z", "noted", Claim.Stance.ASSERT, false, null);
        List<ClaimThread> threads = Corpus.of(List.of(one.analysis(), two.analysis()), PARTIES).threads();
        assertEquals(List.of(List.of("Source X", "Source Y", "Source Z")), threads.stream()
                .map(t -> t.stances().stream().map(x -> x.statement().source().name()).sorted().toList()).toList(),
                "both claims of one article join the close claim of another");

        Doc three = new Doc("three", "2026-02-03");
        three.claim(three.sentence(words), "source-w", "Source W", "warned", Claim.Stance.ASSERT, false, null);
        assertEquals(1, Corpus.of(List.of(one.analysis(), three.analysis()), PARTIES).threads().size());
        assertEquals(3, Corpus.of(List.of(one.analysis(), three.analysis()), PARTIES).threads().getFirst().stances().size());
    }

    @Test
    void aClaimRepeatedWithSmallChangesByManyArticlesIsOneThread() {
        List<Analysis> all = new ArrayList<>();
        int articles = 3 * ClaimThreads.NEAREST;
        for (int i = 0; i < articles; i++) {
            Doc d = new Doc("d" + i, java.time.LocalDate.parse("2026-01-01").plusDays(i / 10).toString());
            d.claim(d.sentence("Engineers warned that cracks spread along the northern wall near hamlet" + i + "."),
                    "source-" + i, "Source " + i, "warned", Claim.Stance.ASSERT, false, null);
            all.add(d.analysis());
        }
        List<ClaimThread> threads = Corpus.of(all, PARTIES).threads();
        assertEquals(1, threads.size());
        assertEquals(articles, threads.getFirst().stances().size());
    }

    @Test
    void eachStanceIsSetAgainstTheNearestOfTheOtherStanceAfterIt() {
        // deny, assert, assert, deny, assert
        boolean[] denies = {true, false, false, true, false};
        Contradictions.Opposites small = new Contradictions.Opposites(denies.length, i -> denies[i]);
        assertEquals(List.of(1, 2, 4), IntStream.of(small.after(0)).boxed().toList());
        assertEquals(List.of(3), IntStream.of(small.after(1)).boxed().toList());
        assertEquals(List.of(4), IntStream.of(small.after(3)).boxed().toList());
        assertEquals(List.of(), IntStream.of(small.after(4)).boxed().toList());

        int n = 10 * Contradictions.Opposites.NEAREST;
        Contradictions.Opposites large = new Contradictions.Opposites(n, i -> i % 2 == 0);
        int[] afterFirst = large.after(0);
        assertEquals(Contradictions.Opposites.NEAREST, afterFirst.length);
        assertEquals(1, afterFirst[0]);
        assertEquals(2 * Contradictions.Opposites.NEAREST - 1, afterFirst[afterFirst.length - 1]);
        assertEquals(List.of(n - 1), IntStream.of(large.after(n - 2)).boxed().toList());
    }

    @Test
    void aClaimRepeatedByManyArticlesIsDisputedWithoutSettingEveryPairAgainstEachOther() {
        List<Analysis> all = new ArrayList<>();
        int articles = 6 * Contradictions.Opposites.NEAREST;
        for (int i = 0; i < articles; i++) {
            Doc d = new Doc("d" + i, java.time.LocalDate.parse("2026-01-01").plusDays(i / 10).toString());
            String src = i % 2 == 0 ? "ministry-a" : "ministry-b";
            d.claim(d.sentence("Ministry said troops crossed the border near Batken overnight."), src, src, "said",
                    i % 2 == 0 ? Claim.Stance.ASSERT : Claim.Stance.DENY, false, null);
            all.add(d.analysis());
        }
        List<Contradiction> existence = of(Corpus.of(all, PARTIES).contradictions(), Contradiction.Kind.EXISTENCE);
        assertTrue(!existence.isEmpty(), "the two sides disagree");
        assertTrue(existence.size() <= articles, existence.size() + " disagreements for " + articles + " articles");
        assertTrue(existence.stream().allMatch(c -> !c.a().source().sameSide(c.b().source())));
    }

    /**
     * A road that 120 articles report closed and 120 later ones reopened: one change, from the first report of the
     * closure to the first of the reopening, although each report is only set against the nearest of the other state.
     */
    @Test
    void aChangeToldByManyArticlesIsOneChangeFromTheFirstReportsOfEachState() {
        List<Analysis> all = new ArrayList<>();
        int each = 3 * Contradictions.STATE_NEAREST;
        for (int i = 0; i < 2 * each; i++) {
            Doc d = new Doc(String.format("r%03d", i), java.time.LocalDate.parse("2026-02-01").plusDays(i).toString());
            Span s = d.sentence(i < each ? "The road between Azilal and Demnate was closed to traffic."
                    : "The road between Azilal and Demnate reopened to traffic.");
            d.mention(s, "Azilal", "town-azilal", EntityType.GPE);
            all.add(d.analysis());
        }
        List<Contradiction> changes = of(Corpus.of(all, PARTIES).contradictions(), Contradiction.Kind.STATUS_CHANGE);
        assertEquals(List.of("r000 → r" + each), changes.stream().map(c -> c.a().doc() + " → " + c.b().doc()).toList());
    }

    @Test
    void aThingClosedThenReopenedIsAStatusChangeOfThatThingOnly() {
        Doc one = new Doc("one", "2026-02-02");
        Span s = one.sentence("La route reliant Azilal à Demnate était fermée à la circulation.");
        one.mention(s, "Azilal", "town-azilal", EntityType.GPE).mention(s, "Demnate", "town-demnate", EntityType.GPE);
        Doc two = new Doc("two", "2026-02-12");
        Span t = two.sentence("The road between Azilal and Demnate reopened to traffic on Wednesday.");
        two.mention(t, "Azilal", "town-azilal", EntityType.GPE);
        Span u = two.sentence("The French embassy in Azilal reopened its doors.");
        two.mention(u, "Azilal", "town-azilal", EntityType.GPE);
        Doc three = new Doc("three", "2026-02-20");
        Span v = three.sentence("Le pont de Demnate a été fermé.");
        three.mention(v, "Demnate", "town-demnate", EntityType.GPE);

        List<Contradiction> found = Corpus.of(List.of(one.analysis(), two.analysis(), three.analysis()), PARTIES).contradictions();
        List<Contradiction> changes = of(found, Contradiction.Kind.STATUS_CHANGE);
        assertEquals(1, changes.size(), found.toString());
        assertEquals("one", changes.getFirst().a().doc());
        assertEquals("two", changes.getFirst().b().doc());
        assertTrue(changes.getFirst().topic().startsWith("road"), changes.getFirst().topic());
        assertTrue(changes.getFirst().b().says().contains("road"), changes.getFirst().b().says());
    }

    @Test
    void articlesPublishedAfterADateNeverChangeWhatWasKnownOnIt() {
        List<Analysis> all = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Doc d = new Doc("d" + i, "2026-03-" + (10 + 3 * i));
            Span s = d.sentence("Source " + i + " said " + (i * 7 + 2) + " people were killed in Batken.");
            String src = i % 2 == 0 ? "ministry-a" : "ministry-b";
            int c = d.claim(s, src, src, "said", i == 4 ? Claim.Stance.DENY : Claim.Stance.ASSERT, false, null);
            int e = d.event(s, EventType.CASUALTIES, "killed", "2026-03-09", batken(), Event.Modality.ASSERTED, c);
            d.figure(s, String.valueOf(i * 7 + 2), i * 7 + 2, Quantity.Qualifier.EXACTLY, "people killed", src, src, c, e);
            all.add(d.analysis());
        }
        for (String t : List.of("2026-03-10", "2026-03-15", "2026-03-20", "2026-03")) {
            for (int n = 1; n <= all.size(); n++) {
                List<Analysis> prefix = all.subList(0, n);
                String known = Corpus.of(prefix, PARTIES).asOf(t).contradictions().toString();
                String withAll = Corpus.of(all, PARTIES).asOf(t).contradictions().toString();
                boolean laterOnly = all.subList(n, all.size()).stream()
                        .allMatch(a -> Dates.first(a.article().published().value()).compareTo(Dates.last(t)) > 0);
                if (laterOnly) {
                    assertEquals(known, withAll, "as of " + t + " with " + n + " articles");
                }
            }
        }
    }

    @Test
    void datesAreBoundedByTheirPrecision() {
        assertEquals("2025-02-01", Dates.first("2025-02"));
        assertEquals("2025-02-28", Dates.last("2025-02"));
        assertEquals("2024-12-31", Dates.last("2024"));
        assertEquals("2025-04-26", Dates.last("2025-04-26"));
        assertTrue(!Dates.isCalendar("PRESENT_REF"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Dates.last("2025-13"));
    }
}
