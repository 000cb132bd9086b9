package org.factline.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.factline.knowledge.search.SearchDocument.Kind;
import org.factline.model.Analysis;
import org.factline.model.Article;
import org.factline.model.Claim;
import org.factline.model.Entity;
import org.factline.model.EntityType;
import org.factline.model.Event;
import org.factline.model.EventType;
import org.factline.model.Language;
import org.factline.model.Mention;
import org.factline.model.Provenance;
import org.factline.model.PublicationDate;
import org.factline.model.SourceRef;
import org.factline.model.Span;
import org.junit.jupiter.api.Test;

/** The documents of an analysed article: the article, its claims and its events, with the names they mention. */
class SearchDocumentsTest {

    private static final String TEXT = "Valéri Guérassimov a affirmé mercredi que les troupes russes avaient repris "
            + "Soudja, dans la région de Koursk.\n\nLe village voisin reste sous le feu des drones.";

    private static final Article ARTICLE = new Article("a1b2c3d4e5f6", "soudja", new SourceRef("soudja.txt", "text"),
            "Soudja reprise, selon Moscou", null, "Le Quotidien", new Language("fr", 1, true, true),
            PublicationDate.day(LocalDate.of(2025, 3, 12), PublicationDate.Basis.HEADER, null), TEXT, TEXT,
            List.of(), List.of(), List.of(), List.of());

    private static Analysis analysis() {
        Entity gerasimov = new Entity("fl:person:valery-gerasimov", "Valery Gerasimov", EntityType.PERSON,
                List.of("Valéri Guérassimov"), null, true);
        Entity sudzha = new Entity("Q1000001", "Sudzha", EntityType.GPE, List.of("Soudja"), null, true);
        Entity kursk = new Entity("Q1000002", "Kursk Oblast", EntityType.GPE, List.of("région de Koursk"), null, true);
        Entity drones = new Entity("fl:loc:village", "Village", EntityType.LOC, List.of("village voisin"), null, false);
        List<Mention> mentions = List.of(
                mention("Valéri Guérassimov", gerasimov),
                mention("Soudja", sudzha),
                mention("région de Koursk", kursk),
                mention("village voisin", drones));
        Span quote = span("les troupes russes avaient repris Soudja, dans la région de Koursk");
        Span sentence = new Span(0, TEXT.indexOf("\n"));
        Claim claim = new Claim(quote, quote.of(TEXT), span("a affirmé"), "a affirmé",
                new Claim.Speaker(gerasimov.id(), gerasimov.name(), span("Valéri Guérassimov"), "Valéri Guérassimov"),
                false, Claim.Stance.ASSERT, false, "2025-03-12", Claim.DateBasis.STATED, null, sentence, -1, 0.9);
        Event capture = new Event(EventType.CAPTURE_TERRITORY, span("repris"), "repris",
                List.of(new Event.Actor(Event.Role.AGENT, null, "troupes russes", span("troupes russes"),
                        "troupes russes")),
                new Event.Location(sudzha.id(), sudzha.name(), span("Soudja"), null), "2025-03",
                Event.DateBasis.CLAIM, Event.Modality.ASSERTED, 0, List.of(sentence), 0.8);
        return Analysis.of(ARTICLE)
                .withEntities(mentions, List.of(gerasimov, sudzha, kursk, drones))
                .withClaims(List.of(claim))
                .withEvents(List.of(capture));
    }

    private static Mention mention(String words, Entity entity) {
        return new Mention(span(words), words, entity.type(), entity.id(), Mention.Kind.NAME,
                new Provenance("test", 1));
    }

    private static Span span(String words) {
        int start = TEXT.indexOf(words);
        return new Span(start, start + words.length());
    }

    @Test
    void anAnalysedArticleGivesItselfThenItsClaimsThenItsEvents() {
        List<SearchDocument> documents = SearchDocuments.of(analysis());

        assertThat(documents).extracting(SearchDocument::kind).containsExactly(Kind.ARTICLE, Kind.CLAIM, Kind.EVENT);
        assertThat(documents).extracting(SearchDocument::id)
                .containsExactly("a1b2c3d4e5f6", "a1b2c3d4e5f6#claim-0", "a1b2c3d4e5f6#event-0");
        assertThat(documents).allSatisfy(d -> {
            assertThat(d.articleId()).isEqualTo("a1b2c3d4e5f6");
            assertThat(d.doc()).isEqualTo("soudja");
            assertThat(d.language()).isEqualTo("fr");
            assertThat(d.reported()).isEqualTo(DateRange.day(LocalDate.of(2025, 3, 12)));
            assertThat(d.title()).isEqualTo("Soudja reprise, selon Moscou");
        });
    }

    @Test
    void theArticleCarriesEveryNameAndSpellingOfItsEntities() {
        SearchDocument article = SearchDocuments.of(analysis()).getFirst();

        assertThat(article.text()).isEqualTo(TEXT);
        assertThat(article.date()).isEqualTo(DateRange.day(LocalDate.of(2025, 3, 12)));
        assertThat(article.names()).containsExactlyInAnyOrder("Valery Gerasimov", "Valéri Guérassimov", "Sudzha",
                "Soudja", "Kursk Oblast", "région de Koursk", "Village", "village voisin");
        assertThat(article.speaker()).isNull();
        assertThat(article.type()).isNull();
    }

    @Test
    void aClaimIsItsQuoteWithItsSpeakerDateStanceAndTheNamesInIt() {
        SearchDocument claim = SearchDocuments.of(analysis()).get(1);

        assertThat(claim.text()).isEqualTo("les troupes russes avaient repris Soudja, dans la région de Koursk");
        assertThat(claim.speaker()).isEqualTo("Valery Gerasimov");
        assertThat(claim.date()).isEqualTo(DateRange.day(LocalDate.of(2025, 3, 12)));
        assertThat(claim.type()).isEqualTo("ASSERT");
        assertThat(claim.names()).containsExactly("Valery Gerasimov", "Valéri Guérassimov", "Sudzha", "Soudja",
                "Kursk Oblast", "région de Koursk");
    }

    @Test
    void anEventIsItsEvidenceWithItsTypeDateActorsPlaceAndWhoAssertsIt() {
        SearchDocument event = SearchDocuments.of(analysis()).get(2);

        assertThat(event.text()).isEqualTo(TEXT.substring(0, TEXT.indexOf('\n')));
        assertThat(event.type()).isEqualTo("CAPTURE_TERRITORY");
        assertThat(event.date()).isEqualTo(new DateRange("2025-03", LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 31)));
        assertThat(event.speaker()).isEqualTo("Valery Gerasimov");
        assertThat(event.names()).startsWith("troupes russes", "Sudzha", "Soudja")
                .contains("Valery Gerasimov", "Kursk Oblast").doesNotContain("Village");
    }

    @Test
    void anArticleNotAnalysedIsOneDocumentWithoutNames() {
        SearchDocument alone = SearchDocuments.of(ARTICLE);

        assertThat(alone.kind()).isEqualTo(Kind.ARTICLE);
        assertThat(alone.id()).isEqualTo("a1b2c3d4e5f6");
        assertThat(alone.names()).isEmpty();
    }

    @Test
    void theDocumentsOfAnAnalysisAreFoundByTheEnglishNamesOfWhatTheyMention() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.replace(ARTICLE.id(), SearchDocuments.of(analysis()));

            assertThat(Corpus.ids(index.search(SearchQuery.of("Gerasimov Kursk"))))
                    .containsExactly("a1b2c3d4e5f6#claim-0", "a1b2c3d4e5f6#event-0", "a1b2c3d4e5f6");
            assertThat(Corpus.ids(index.search(SearchQuery.of("Sudzha").kinds(Kind.EVENT)
                    .from(LocalDate.of(2025, 3, 20))))).containsExactly("a1b2c3d4e5f6#event-0");
        }
    }
}
