package org.factline.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factline.knowledge.search.Corpus.BRITTANY;
import static org.factline.knowledge.search.Corpus.GENEVA;
import static org.factline.knowledge.search.Corpus.ODESA;
import static org.factline.knowledge.search.Corpus.SANCTIONS;
import static org.factline.knowledge.search.Corpus.SUDZHA;
import static org.factline.knowledge.search.Corpus.ZELENSKY;
import static org.factline.knowledge.search.Corpus.ids;

import java.time.LocalDate;
import org.factline.knowledge.search.SearchDocument.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a search finds in the small French, English and German {@link Corpus}. */
class SearchTest {

    private static SearchIndex index;

    @BeforeAll
    static void indexTheCorpus() {
        index = Corpus.indexed();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static SearchResults search(SearchQuery query) {
        return index.search(query);
    }

    private static SearchResults articles(String text) {
        return search(SearchQuery.of(text).kinds(Kind.ARTICLE));
    }

    @Test
    void everyDocumentIsCounted() {
        assertThat(index.count()).isEqualTo(Corpus.all().size());
    }

    @Test
    void aNameWithoutItsAccentsFindsTheAccentedSpelling() {
        assertThat(ids(articles("Guerassimov"))).containsExactly(SUDZHA);
        assertThat(ids(articles("GUÉRASSIMOV"))).containsExactly(SUDZHA);
        assertThat(ids(articles("electeurs"))).containsExactly(BRITTANY);
    }

    @Test
    void anEnglishNameFindsAFrenchArticleThroughTheNamesOfItsEntities() {
        assertThat(ids(articles("Gerasimov"))).containsExactly(SUDZHA);
        assertThat(ids(articles("Sudzha"))).containsExactly(SUDZHA);
        assertThat(ids(articles("Kursk"))).containsExactlyInAnyOrder(SUDZHA, ZELENSKY);
        assertThat(ids(articles("Brittany"))).containsExactly(BRITTANY);
    }

    @Test
    void aFrenchSpellingFindsAnArticleInAnotherLanguageWhoseEntitiesHaveIt() {
        assertThat(ids(articles("Odessa"))).containsExactly(ODESA);
        assertThat(ids(articles("Geneva"))).containsExactly(GENEVA);
        assertThat(ids(articles("Genf"))).containsExactly(GENEVA);
    }

    @Test
    void frenchWordsMatchTheirPluralsAndTheirElidedForms() {
        assertThat(ids(articles("attaque"))).contains(SUDZHA);
        assertThat(ids(articles("troupe russe"))).containsExactly(SUDZHA);
        assertThat(ids(articles("armée"))).containsExactly(SUDZHA);
        assertThat(ids(articles("l'armée"))).containsExactly(SUDZHA);
        assertThat(ids(articles("l’état-major"))).containsExactly(SUDZHA);
        assertThat(ids(articles("élection européenne"))).containsExactly(BRITTANY);
    }

    @Test
    void englishWordsMatchTheirOtherForms() {
        assertThat(ids(articles("ship"))).containsExactly(ODESA);
        assertThat(ids(articles("attacked"))).contains(ODESA);
        assertThat(ids(articles("soldier returning"))).containsExactly(ZELENSKY);
        assertThat(ids(articles("Ukraine's navy"))).containsExactly(ODESA);
    }

    @Test
    void commonWordsOfEitherLanguageNeverExcludeADocument() {
        assertThat(ids(articles("the Soudja"))).containsExactly(SUDZHA);
        assertThat(ids(articles("les ships"))).containsExactly(ODESA);
        assertThat(ids(articles("la région de Kursk"))).containsExactlyInAnyOrder(SUDZHA, ZELENSKY);
    }

    @Test
    void allWordsMustMatchUnlessTheQuerySaysEither() {
        assertThat(ids(articles("Kursk Guérassimov"))).containsExactly(SUDZHA);
        assertThat(ids(articles("Kursk | Odesa"))).containsExactlyInAnyOrder(SUDZHA, ZELENSKY, ODESA);
        assertThat(ids(articles("Kursk -Zelensky"))).containsExactly(SUDZHA);
    }

    @Test
    void aPhraseMatchesItsWordsInOrder() {
        assertThat(ids(articles("\"cargo ships\""))).containsExactly(ODESA);
        assertThat(ids(articles("\"ships cargo\""))).isEmpty();
        assertThat(ids(articles("\"la ville de Soudja\""))).containsExactly(SUDZHA);
    }

    @Test
    void aPhraseNeverRunsFromOneNameIntoTheNext() {
        assertThat(ids(articles("\"Valery Gerasimov\""))).containsExactly(SUDZHA);
        assertThat(ids(articles("\"Ukraine Kiev\""))).isEmpty();
    }

    @Test
    void aPrefixAndASpellingOneLetterOffMatch() {
        assertThat(ids(articles("Gueras*"))).containsExactly(SUDZHA);
        assertThat(ids(articles("Zelenskyy~1"))).containsExactly(ZELENSKY);
    }

    @Test
    void aTitleWordFindsItsArticleButNotItsClaimsAndEvents() {
        assertThat(ids(search(SearchQuery.of("affirme")))).containsExactly(SUDZHA);
    }

    @Test
    void claimsAreFoundByTheirSpeaker() {
        assertThat(ids(search(SearchQuery.of("Zelensky").kinds(Kind.CLAIM))))
                .containsExactly(SearchDocument.claimId(ZELENSKY, 0));
        assertThat(ids(search(SearchQuery.of("Gerasimov").kinds(Kind.CLAIM))))
                .containsExactly(SearchDocument.claimId(SUDZHA, 0));
    }

    @Test
    void theKindFilterKeepsOnlyTheKindsAsked() {
        SearchQuery soudja = SearchQuery.of("Soudja");
        assertThat(ids(search(soudja))).containsExactlyInAnyOrder(SUDZHA, SearchDocument.claimId(SUDZHA, 0),
                SearchDocument.eventId(SUDZHA, 0));
        assertThat(ids(search(soudja.kinds(Kind.CLAIM)))).containsExactly(SearchDocument.claimId(SUDZHA, 0));
        assertThat(ids(search(soudja.kinds(Kind.EVENT)))).containsExactly(SearchDocument.eventId(SUDZHA, 0));
        assertThat(ids(search(soudja.kinds(Kind.CLAIM, Kind.EVENT)))).hasSize(2);
    }

    @Test
    void aDayDateIsFoundByARangeThatHoldsIt() {
        SearchQuery claims = SearchQuery.of("").kinds(Kind.CLAIM);
        assertThat(ids(search(claims.from(LocalDate.of(2025, 2, 7)).to(LocalDate.of(2025, 2, 7)))))
                .containsExactly(SearchDocument.claimId(ZELENSKY, 0));
        assertThat(ids(search(claims.from(LocalDate.of(2025, 2, 8))))).containsExactly(
                SearchDocument.claimId(SUDZHA, 0));
        assertThat(ids(search(claims.to(LocalDate.of(2025, 2, 6))))).isEmpty();
    }

    @Test
    void asOfADayOnlyWhatHadBeenPublishedByThenIsFound() {
        SearchQuery claims = SearchQuery.of("").kinds(Kind.CLAIM);
        assertThat(ids(search(claims.asOf(LocalDate.of(2025, 2, 28))))).containsExactly(SearchDocument.claimId(ZELENSKY, 0));
        assertThat(ids(search(claims.asOf(LocalDate.of(2025, 3, 12))))).hasSize(2);
        assertThat(ids(search(claims.asOf(LocalDate.of(2025, 2, 7))))).isEmpty();
    }

    @Test
    void aMonthDateIsFoundByAnyRangeThatOverlapsTheMonth() {
        SearchQuery event = SearchQuery.of("Soudja").kinds(Kind.EVENT);
        assertThat(ids(search(event.from(LocalDate.of(2025, 3, 1)).to(LocalDate.of(2025, 3, 31))))).hasSize(1);
        assertThat(ids(search(event.from(LocalDate.of(2025, 3, 20)).to(LocalDate.of(2025, 4, 30))))).hasSize(1);
        assertThat(ids(search(event.from(LocalDate.of(2025, 2, 1)).to(LocalDate.of(2025, 3, 1))))).hasSize(1);
        assertThat(ids(search(event.to(LocalDate.of(2025, 2, 28))))).isEmpty();
        assertThat(ids(search(event.from(LocalDate.of(2025, 4, 1))))).isEmpty();
    }

    @Test
    void aMonthPublicationDateAndAWeekEventDateAreRangesToo() {
        assertThat(ids(search(SearchQuery.of("").kinds(Kind.ARTICLE).from(LocalDate.of(2024, 6, 30))
                .to(LocalDate.of(2024, 6, 30))))).containsExactly(BRITTANY);
        // 2024-W44 is 28 October to 3 November 2024.
        SearchQuery attack = SearchQuery.of("attack").kinds(Kind.EVENT);
        assertThat(ids(search(attack.from(LocalDate.of(2024, 11, 3))))).containsExactly(
                SearchDocument.eventId(ODESA, 0));
        assertThat(ids(search(attack.from(LocalDate.of(2024, 11, 4))))).isEmpty();
    }

    @Test
    void undatedDocumentsPassNoDateFilter() {
        assertThat(ids(articles("sanctions"))).containsExactly(SANCTIONS);
        assertThat(ids(search(SearchQuery.of("sanctions").from(LocalDate.of(1900, 1, 1))))).isEmpty();
    }

    @Test
    void theLanguageFilterKeepsOneLanguage() {
        assertThat(ids(search(SearchQuery.of("Kursk").kinds(Kind.ARTICLE).language("EN")))).containsExactly(ZELENSKY);
        assertThat(ids(search(SearchQuery.of("").language("de")))).containsExactly(GENEVA);
    }

    @Test
    void anArticleInALanguageWithoutRulesIsFoundByItsWordsAsWritten() {
        assertThat(ids(articles("Waffenstillstand"))).containsExactly(GENEVA);
        assertThat(ids(articles("Gesprache"))).containsExactly(GENEVA);
    }

    @Test
    void aQueryWithoutWordsListsTheFilteredDocumentsByDateUndatedLast() {
        SearchResults all = search(SearchQuery.of("").kinds(Kind.ARTICLE));
        assertThat(ids(all)).containsExactly(BRITTANY, ODESA, GENEVA, ZELENSKY, SUDZHA, SANCTIONS);
        assertThat(all.hits()).allSatisfy(hit -> assertThat(hit.score()).isZero());
    }

    @Test
    void theLimitCutsTheHitsButNotTheTotal() {
        SearchResults two = search(SearchQuery.of("").limit(2));
        assertThat(two.hits()).hasSize(2);
        assertThat(two.total()).isEqualTo(Corpus.all().size());
    }

    @Test
    void aHitCarriesWhatAListOfResultsShows() {
        SearchHit claim = search(SearchQuery.of("Soudja").kinds(Kind.CLAIM)).hits().getFirst();

        assertThat(claim.kind()).isEqualTo(Kind.CLAIM);
        assertThat(claim.articleId()).isEqualTo(SUDZHA);
        assertThat(claim.doc()).isEqualTo(SUDZHA);
        assertThat(claim.language()).isEqualTo("fr");
        assertThat(claim.date()).isEqualTo("2025-03-12");
        assertThat(claim.reported()).isEqualTo("2025-03-12");
        assertThat(claim.title()).isEqualTo("L'armée russe affirme avoir repris Soudja");
        assertThat(claim.speaker()).isEqualTo("Valery Gerasimov");
        assertThat(claim.type()).isEqualTo("ASSERT");
        assertThat(claim.score()).isPositive();
        assertThat(claim.snippet().marked("[", "]"))
                .isEqualTo("les troupes russes avaient repris la ville de [Soudja]");
    }

    @Test
    void theSnippetMarksEveryFormThatMatchedAtItsPlaceInTheText() {
        SearchHit hit = articles("attaque Guerassimov").hits().getFirst();
        Snippet snippet = hit.snippet();

        assertThat(snippet.highlights()).extracting(h -> snippet.text().substring(h.start(), h.end()))
                .containsExactly("Guérassimov", "attaques");
        String text = Corpus.sudzha().getFirst().text();
        Snippet.Highlight first = snippet.highlights().getFirst();
        assertThat(text.substring(snippet.offset() + first.start(), snippet.offset() + first.end()))
                .isEqualTo("Guérassimov");
    }

    @Test
    void aHitFoundOnlyByItsNamesShowsTheOpeningOfItsText() {
        SearchHit hit = articles("Brittany").hits().getFirst();

        assertThat(hit.snippet().highlights()).isEmpty();
        assertThat(hit.snippet().offset()).isZero();
        assertThat(hit.snippet().text()).startsWith("Les électeurs bretons");
    }

    @Test
    void aBetterMatchRanksFirst() {
        assertThat(ids(articles("Kursk North Korean | Kursk"))).containsExactly(ZELENSKY, SUDZHA);
    }

    @Test
    void aQueryOfOnlyPunctuationIsRefusedWithAMessage() {
        assertThatThrownBy(() -> index.search(SearchQuery.of("((  --")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Nothing to search for in \"((  --\": give at least one word or number");
    }
}
