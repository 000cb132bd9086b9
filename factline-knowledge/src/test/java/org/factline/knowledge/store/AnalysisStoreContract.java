package org.factline.knowledge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.factline.model.Analysis;
import org.factline.model.Article;
import org.factline.model.Claim;
import org.factline.model.Event;
import org.factline.model.Quantity;
import org.factline.model.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every backend must do with analyses: store every layer with its provenance, read it back equal,
 * replace an article's layers atomically, and refuse bad analyses without losing what was stored.
 */
abstract class AnalysisStoreContract {

    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    /** Every table that holds a layer, each row with the article's id. */
    private static final List<String> LAYER_TABLES = List.of("sentence", "entity", "entity_alias", "mention", "timex",
            "claim", "event", "event_actor", "event_evidence", "quantity");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    /** A configuration naming a new, empty store. */
    abstract StoreConfig newStore();

    StoreConfig config;
    ArticleStore store;

    @BeforeEach
    void openNewStore() {
        config = newStore();
        store = ArticleStore.open(config);
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void everyLayerReadsBackEqualToWhatWasStoredButTheTokens() {
        Analysis kursk = Analyses.kursk();
        store.put(kursk.article());

        store.putAnalysis(kursk, "test-1");

        Analysis read = store.analysis(kursk.article().id()).orElseThrow();
        assertThat(read.tokens()).isEmpty();
        assertThat(read.article()).isEqualTo(kursk.article());
        assertThat(read.sentences()).isEqualTo(kursk.sentences());
        assertThat(read.mentions()).isEqualTo(kursk.mentions());
        assertThat(read.entities()).isEqualTo(kursk.entities());
        assertThat(read.timexes()).isEqualTo(kursk.timexes());
        assertThat(read.claims()).isEqualTo(kursk.claims());
        assertThat(read.events()).isEqualTo(kursk.events());
        assertThat(read.quantities()).isEqualTo(kursk.quantities());
        assertThat(read).isEqualTo(Analyses.withoutTokens(kursk));
    }

    /**
     * Every analysis read in pages (each layer of a page one statement) is the analysis read alone: ids of many
     * forms, articles without an analysis between them, pages that end inside and at the end.
     */
    @Test
    void readingEveryAnalysisByPagesGivesEachAsReadAlone() {
        Analysis kursk = Analyses.kursk();
        store.put(kursk.article());
        store.putAnalysis(kursk, "test-1");
        storeHostile();
        List<String> ids = List.of("a", "a-1", "A", "a b", "a%", "a_", "é", "z", "0", "\u4e2d\u6587", "b'; DROP TABLE article; --");
        for (int i = 0; i < ids.size(); i++) {
            Article a = Articles.plain(ids.get(i), "doc-" + i);
            store.put(a);
            if (i % 3 != 1) { // every third one stays without an analysis
                store.putAnalysis(i % 2 == 0 ? Analyses.everyEnumValue(a) : Analysis.of(a), "test-1");
            }
        }
        List<String> analysed = store.analysedArticles().stream().map(AnalysisSummary::articleId).toList();
        assertThat(store.analysisCount()).isEqualTo(analysed.size()).isEqualTo(2 + 7);
        for (int size : new int[] {1, 2, 3, 1000}) {
            List<Analysis> all = new ArrayList<>();
            List<Analysis> page = store.analyses(null, size);
            while (!page.isEmpty()) {
                assertThat(page.size()).isLessThanOrEqualTo(size);
                all.addAll(page);
                page = store.analyses(page.getLast().article().id(), size);
            }
            assertThat(all).extracting(a -> a.article().id()).as("pages of %d", size).containsExactlyElementsOf(analysed);
            for (Analysis a : all) {
                assertThat(store.analysis(a.article().id())).contains(a);
            }
        }
        assertThat(store.analyses(analysed.getLast(), 10)).isEmpty();
        assertThatThrownBy(() -> store.analyses(null, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Stores the article and analysis of {@link HostileStrings}: names and words that are SQL. */
    private Analysis storeHostile() {
        Article article = HostileStrings.paragraphs();
        store.put(article);
        Analysis hostile = HostileStrings.analysis(article);
        store.putAnalysis(hostile, "test-1");
        return hostile;
    }

    @Test
    void everyValueOfEveryEnumReadsBack() {
        Article kursk = Articles.kursk();
        store.put(kursk);
        Analysis all = Analyses.everyEnumValue(kursk);

        store.putAnalysis(all, "test-1");

        assertThat(store.analysis(kursk.id())).contains(all);
    }

    @Test
    void entitiesClaimsEventsAndFiguresNamedWithSqlReadBackExactlyAndTheLayersOfOthersStay() {
        Analysis kursk = Analyses.kursk();
        store.put(kursk.article());
        store.putAnalysis(kursk, "test-1");

        Analysis hostile = storeHostile();
        Article article = hostile.article();

        assertThat(store.analysis(article.id())).contains(hostile);
        assertThat(store.analysis(kursk.article().id())).contains(Analyses.withoutTokens(kursk));
        assertThat(store.analysedArticles()).extracting(AnalysisSummary::articleId)
                .containsExactlyInAnyOrder(kursk.article().id(), article.id());
    }

    @Test
    void anAnalysisWithNoLayersIsStoredAsAnAnalysisThatFoundNothing() {
        Article plain = Articles.plain("plain", "plain");
        store.put(plain);
        assertThat(store.analysis("plain")).as("not analysed yet").isEmpty();

        store.putAnalysis(Analysis.of(plain), "test-1");

        assertThat(store.analysis("plain")).contains(Analysis.of(plain));
        assertThat(store.analysisSummary("plain")).hasValueSatisfying(s -> {
            assertThat(s.extractor()).isEqualTo("test-1");
            assertThat(List.of(s.sentences(), s.tokens(), s.mentions(), s.entities(), s.timexes(), s.claims(),
                    s.events(), s.quantities())).containsOnly(0);
        });
    }

    @Test
    void theAnalysisIsFoundLikeItsArticleByIdPrefixOrDoc() {
        Analysis kursk = Analyses.kursk();
        store.put(kursk.article());
        store.putAnalysis(kursk, "test-1");

        assertThat(store.analysis("bbddf1")).contains(Analyses.withoutTokens(kursk));
        assertThat(store.analysis("000_bbddf157615b990c")).contains(Analyses.withoutTokens(kursk));
        assertThat(store.analysis("nothing-like-it")).isEmpty();
    }

    @Test
    void theSummaryCountsEveryLayerAndNamesTheExtractor() {
        Analysis kursk = Analyses.kursk();
        store.put(kursk.article());
        store.put(Articles.plain("not-analysed", "not-analysed"));
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);

        store.putAnalysis(kursk, "factline-extract 0.1.0 abc123");

        Instant after = Instant.now();
        List<AnalysisSummary> all = store.analysedArticles();
        assertThat(all).hasSize(1);
        AnalysisSummary summary = all.get(0);
        assertThat(summary).usingRecursiveComparison().ignoringFields("analysedAt").isEqualTo(new AnalysisSummary(
                kursk.article().id(), "factline-extract 0.1.0 abc123", null, 3, 3, 7, 5, 3, 3, 3, 3));
        assertThat(summary.analysedAt()).isBetween(before, after);
        assertThat(store.analysisSummary(kursk.article().id())).contains(summary);
        assertThat(store.analysisSummary("not-analysed")).isEmpty();
    }

    @Test
    void anArticleNeedsAnalysisUntilTheSameExtractorHasAnalysedIt() {
        Analysis kursk = Analyses.kursk();
        String id = kursk.article().id();
        store.put(kursk.article());
        assertThat(store.needsAnalysis(id, "v1")).isTrue();
        assertThat(store.needsAnalysis("not-stored", "v1")).isTrue();

        store.putAnalysis(kursk, "v1");

        assertThat(store.needsAnalysis(id, "v1")).isFalse();
        assertThat(store.needsAnalysis(id, "v2")).isTrue();
    }

    @Test
    void analysingAgainReplacesEveryLayerAndLeavesNothingOfTheOldOne() throws SQLException {
        Analysis kursk = Analyses.kursk();
        String id = kursk.article().id();
        store.put(kursk.article());
        store.putAnalysis(kursk, "v1");
        Analysis smaller = Analyses.smaller(kursk);

        store.putAnalysis(smaller, "v2");

        assertThat(store.analysis(id)).contains(smaller);
        assertThat(store.analysisSummary(id).orElseThrow().extractor()).isEqualTo("v2");
        assertThat(rows("SELECT COUNT(*) FROM mention WHERE article_id = ?", id)).isEqualTo(1);
        assertThat(rows("SELECT COUNT(*) FROM entity_alias WHERE article_id = ?", id)).isEqualTo(2);
        for (String table : List.of("claim", "event", "event_actor", "event_evidence", "timex")) {
            assertThat(rows("SELECT COUNT(*) FROM " + table + " WHERE article_id = ?", id)).as(table).isZero();
        }

        store.putAnalysis(kursk, "v3");

        assertThat(store.analysis(id)).contains(Analyses.withoutTokens(kursk));
    }

    @Test
    void aFailingInsertLeavesThePreviousLayersAsTheyWere() throws SQLException {
        Analysis kursk = Analyses.kursk();
        String id = kursk.article().id();
        store.put(kursk.article());
        store.putAnalysis(kursk, "v1");
        long mentions = rows("SELECT COUNT(*) FROM mention WHERE article_id = ?", id);
        // The tables, not the checks before writing, refuse a confidence above 1: by then the old layers are
        // deleted and the new sentences, entities, mentions, time expressions and claims are inserted.
        List<Quantity> quantities = new ArrayList<>(kursk.quantities());
        Quantity q = quantities.get(2);
        quantities.set(2, new Quantity(q.span(), q.text(), q.value(), q.low(), q.high(), q.qualifier(), q.approx(),
                q.unit(), q.what(), q.whatSpan(), q.source(), q.claim(), q.event(), q.evidence(), 1.5));
        Analysis failing = kursk.withQuantities(quantities);

        assertThatThrownBy(() -> store.putAnalysis(failing, "v2"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("analysis of article " + id)
                .hasMessageContaining(store.describe());

        assertThat(store.analysis(id)).contains(Analyses.withoutTokens(kursk));
        assertThat(store.analysisSummary(id).orElseThrow().extractor()).isEqualTo("v1");
        assertThat(rows("SELECT COUNT(*) FROM mention WHERE article_id = ?", id)).isEqualTo(mentions);
        assertThat(store.needsAnalysis(id, "v1")).isFalse();
        store.putAnalysis(Analyses.smaller(kursk), "v2");
        assertThat(store.analysis(id)).as("the store goes on").contains(Analyses.smaller(kursk));
    }

    @Test
    void anOffsetOutsideTheTextIsRefusedWithAClearMessageAndThePreviousLayersAreKept() {
        Analysis kursk = Analyses.kursk();
        String id = kursk.article().id();
        int length = kursk.text().length();
        store.put(kursk.article());
        store.putAnalysis(kursk, "v1");
        List<Claim> claims = new ArrayList<>(kursk.claims());
        Claim c = claims.get(1);
        claims.set(1, new Claim(new Span(length - 5, length + 20), c.quoteText(), c.cue(), c.cueText(), c.speaker(),
                c.direct(), c.stance(), c.negated(), c.date(), c.dateBasis(), c.channel(), c.evidence(), c.parent(),
                c.confidence()));

        assertThatThrownBy(() -> store.putAnalysis(kursk.withClaims(claims), "v2"))
                .isInstanceOf(StoreException.class)
                .hasMessage("Cannot store the analysis of article " + id + " (000_bbddf157615b990c): claim 1 quote ["
                        + (length - 5) + ", " + (length + 20) + ") lies outside the article's text of " + length
                        + " characters");

        assertThat(store.analysis(id)).contains(Analyses.withoutTokens(kursk));
        assertThat(store.analysisSummary(id).orElseThrow().extractor()).isEqualTo("v1");
    }

    @Test
    void badAnalysesAreRefusedNamingTheItemAndTheFieldAndChangeNothing() {
        Analysis kursk = Analyses.kursk();
        String id = kursk.article().id();
        String text = kursk.text();
        store.put(kursk.article());
        store.putAnalysis(kursk, "v1");
        Event event = kursk.events().get(0);
        Claim claim = kursk.claims().get(0);
        Quantity figure = kursk.quantities().get(0);

        assertRefused(kursk.withEvents(List.of(new Event(event.type(), event.trigger(), event.triggerText(),
                        event.actors(), event.location(), event.date(), event.dateBasis(), event.modality(), 7,
                        event.evidence(), event.confidence()))), "v2",
                "event 0 names claim 7, of 3 claims");
        assertRefused(kursk.withEvents(List.of(new Event(event.type(), event.trigger(), event.triggerText(),
                        event.actors(), event.location(), event.date(), event.dateBasis(), event.modality(), -1,
                        List.of(new Span(0, text.length() + 1)), event.confidence()))), "v2",
                "event 0 evidence [0, " + (text.length() + 1) + ") lies outside");
        assertRefused(kursk.withQuantities(List.of(figure.withEvent(3))), "v2", "figure 0 names event 3, of 3 events");
        assertRefused(kursk.withClaims(List.of(claim)), "v2", "claim 0 names claim 2 as its parent, of 1 claims");
        assertRefused(kursk.withClaims(List.of(new Claim(claim.quote(), claim.quoteText(), claim.cue(),
                        claim.cueText(), null, claim.direct(), claim.stance(), claim.negated(), claim.date(),
                        claim.dateBasis(), claim.channel(), claim.evidence(), -1, claim.confidence()))), "v2",
                "claim 0 has no speaker");
        assertRefused(kursk.withClaims(List.of(new Claim(claim.quote(), "nul\0here", claim.cue(), claim.cueText(),
                        claim.speaker(), claim.direct(), claim.stance(), claim.negated(), claim.date(),
                        claim.dateBasis(), claim.channel(), claim.evidence(), -1, claim.confidence()))), "v2",
                "claim 0 quote holds the character U+0000 (NUL) at offset 3");
        assertRefused(kursk, " ", "no extractor version");
        assertRefused(kursk, "x".repeat(201), "longer than 200 characters");

        assertThat(store.analysis(id)).contains(Analyses.withoutTokens(kursk));
        assertThat(store.analysisSummary(id).orElseThrow().extractor()).isEqualTo("v1");
    }

    @Test
    void anAnalysisOfAnArticleThatIsNotStoredOrStoredWithAnotherTextIsRefused() {
        Analysis kursk = Analyses.kursk();
        assertThatThrownBy(() -> store.putAnalysis(kursk, "v1"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("article " + kursk.article().id())
                .hasMessageContaining("not in the store");

        Article k = kursk.article();
        Article sameIdOtherText = new Article(k.id(), k.doc(), k.source(), k.title(), k.url(), k.outlet(),
                k.language(), k.published(), k.text().replace("Gornal", "Gornar"), k.rawText(), k.paragraphs(),
                k.headings(), k.captions(), k.removed(), k.warnings());
        store.put(sameIdOtherText);

        assertThatThrownBy(() -> store.putAnalysis(kursk, "v1"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("another text");
        assertThat(store.analysedArticles()).isEmpty();
    }

    @Test
    void aBatchStoresEachArticleAndAnalysisAsPutAndPutAnalysisWould() {
        Analysis kursk = Analyses.kursk();
        Article plain = Articles.plain("batch-plain-1", "plain");

        List<ArticleStore.Outcome> first = store.putAll(List.of(new ArticleStore.Entry(kursk.article(), kursk, "v1"),
                new ArticleStore.Entry(plain, null, null)));

        assertThat(first).containsExactly(new ArticleStore.Outcome(PutResult.NEW, ArticleStore.Analysed.STORED, null),
                new ArticleStore.Outcome(PutResult.NEW, ArticleStore.Analysed.NONE, null));
        assertThat(store.get(plain.id())).contains(plain);
        assertThat(store.analysis(kursk.article().id())).contains(Analyses.withoutTokens(kursk));
        assertThat(store.analysisSummary(kursk.article().id()).orElseThrow().extractor()).isEqualTo("v1");

        assertThat(store.putAll(List.of(new ArticleStore.Entry(kursk.article(), kursk, "v1"))))
                .as("the same again changes nothing")
                .containsExactly(new ArticleStore.Outcome(PutResult.DUPLICATE, ArticleStore.Analysed.UP_TO_DATE, null));
        assertThat(store.putAll(List.of(new ArticleStore.Entry(kursk.article(), Analyses.smaller(kursk), "v2"))))
                .containsExactly(new ArticleStore.Outcome(PutResult.DUPLICATE, ArticleStore.Analysed.STORED, null));
        assertThat(store.analysis(kursk.article().id())).contains(Analyses.smaller(kursk));
        assertThat(store.putAll(List.of())).isEmpty();
    }

    @Test
    void anArticleOrAnalysisOfABatchThatCannotBeStoredIsLeftOutAloneAndTheRestIsStored() throws SQLException {
        Analysis kursk = Analyses.kursk();
        String id = kursk.article().id();
        Article before = Articles.plain("batch-before", "before");
        Article nul = Articles.plain("batch-nul", "nul\0doc");
        Article after = Articles.plain("batch-after", "after");
        // refused by the table (a confidence above 1), after the analysis's other layers were written
        List<Quantity> quantities = new ArrayList<>(kursk.quantities());
        Quantity q = quantities.get(2);
        quantities.set(2, new Quantity(q.span(), q.text(), q.value(), q.low(), q.high(), q.qualifier(), q.approx(),
                q.unit(), q.what(), q.whatSpan(), q.source(), q.claim(), q.event(), q.evidence(), 1.5));
        Analysis failing = kursk.withQuantities(quantities);

        List<ArticleStore.Outcome> outcomes = store.putAll(List.of(new ArticleStore.Entry(before, null, null),
                new ArticleStore.Entry(kursk.article(), failing, "v1"),
                new ArticleStore.Entry(nul, null, null),
                new ArticleStore.Entry(before, null, null),
                new ArticleStore.Entry(after, null, null)));

        assertThat(outcomes).hasSize(5);
        assertThat(outcomes.get(0)).isEqualTo(new ArticleStore.Outcome(PutResult.NEW, ArticleStore.Analysed.NONE, null));
        assertThat(outcomes.get(1).article()).isEqualTo(PutResult.NEW);
        assertThat(outcomes.get(1).analysis()).isEqualTo(ArticleStore.Analysed.FAILED);
        assertThat(outcomes.get(1).failure()).contains("analysis of article " + id).contains(store.describe());
        assertThat(outcomes.get(2).article()).isNull();
        assertThat(outcomes.get(2).failure()).contains("batch-nul").contains("U+0000");
        assertThat(outcomes.get(3)).as("the same article twice in a batch")
                .isEqualTo(new ArticleStore.Outcome(PutResult.DUPLICATE, ArticleStore.Analysed.NONE, null));
        assertThat(outcomes.get(4)).isEqualTo(new ArticleStore.Outcome(PutResult.NEW, ArticleStore.Analysed.NONE, null));

        assertThat(store.list()).extracting(ArticleSummary::id)
                .containsExactlyInAnyOrder(before.id(), id, after.id());
        assertThat(store.analysedArticles()).as("nothing of the failed analysis").isEmpty();
        assertThat(rows("SELECT COUNT(*) FROM mention WHERE article_id = ?", id)).isZero();
        assertThat(store.putAll(List.of(new ArticleStore.Entry(kursk.article(), kursk, "v1"))))
                .as("the store goes on")
                .containsExactly(new ArticleStore.Outcome(PutResult.DUPLICATE, ArticleStore.Analysed.STORED, null));
    }

    @Test
    void everyRowCarriesItsArticleAndEvidenceAndDeletingTheArticleDeletesThemAll() throws SQLException {
        Analysis kursk = Analyses.kursk();
        String id = kursk.article().id();
        store.put(kursk.article());
        store.putAnalysis(kursk, "v1");
        Span firstGerasimov = kursk.mentions().get(1).span();

        // Derived columns for queries: polarity, an entity's first mention, an event's first evidence.
        assertThat(strings("SELECT polarity FROM claim WHERE article_id = ? ORDER BY ordinal", id))
                .containsExactly("ASSERT", "DENY", "ASSERT");
        assertThat(strings("SELECT evidence_start FROM entity WHERE article_id = ? ORDER BY ordinal", id))
                .containsExactly("0", String.valueOf(firstGerasimov.start()),
                        String.valueOf(kursk.mentions().get(3).span().start()), null, null);
        assertThat(strings("SELECT evidence_end FROM event WHERE article_id = ? ORDER BY ordinal", id))
                .containsExactly(String.valueOf(kursk.article().paragraphs().get(0).end()), null,
                        String.valueOf(kursk.text().length()));
        assertThat(strings("SELECT article_id FROM claim WHERE speaker_entity_id = ?", Analyses.GERASIMOV))
                .containsExactly(id, id);

        try (Connection c = Database.of(config).connect();
             PreparedStatement delete = c.prepareStatement("DELETE FROM article WHERE id = ?")) {
            delete.setString(1, id);
            delete.executeUpdate();
            c.commit();
        }

        assertThat(rows("SELECT COUNT(*) FROM analysis WHERE article_id = ?", id)).isZero();
        for (String table : LAYER_TABLES) {
            assertThat(rows("SELECT COUNT(*) FROM " + table + " WHERE article_id = ?", id)).as(table).isZero();
        }
    }

    @Test
    void storesAnalysingTheSameArticleAtOnceLeaveOneWholeAnalysis() throws Exception {
        Analysis kursk = Analyses.kursk();
        String id = kursk.article().id();
        store.put(kursk.article());
        int writers = 4;
        List<ArticleStore> stores = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        try {
            for (int i = 0; i < writers; i++) {
                stores.add(ArticleStore.open(config));
            }
            for (int round = 0; round < 3; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> results = new ArrayList<>();
                for (int i = 0; i < writers; i++) {
                    ArticleStore writer = stores.get(i);
                    Analysis analysis = i % 2 == 0 ? kursk : Analyses.smaller(kursk);
                    String version = "writer-" + i;
                    results.add(threads.submit(() -> {
                        start.await();
                        writer.putAnalysis(analysis, version);
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> result : results) {
                    result.get();
                }

                String winner = store.analysisSummary(id).orElseThrow().extractor();
                Analysis expected = Integer.parseInt(winner.substring("writer-".length())) % 2 == 0
                        ? Analyses.withoutTokens(kursk)
                        : Analyses.smaller(kursk);
                assertThat(store.analysis(id)).contains(expected);
                assertThat(rows("SELECT COUNT(*) FROM mention WHERE article_id = ?", id))
                        .isEqualTo(expected.mentions().size());
            }
        } finally {
            threads.shutdownNow();
            stores.forEach(ArticleStore::close);
        }
    }

    @Test
    void aReaderSeesOneWholeAnalysisWhileAnotherStoreReplacesIt() throws Exception {
        Analysis kursk = Analyses.kursk();
        String id = kursk.article().id();
        store.put(kursk.article());
        store.putAnalysis(kursk, "v1");
        Analysis whole = Analyses.withoutTokens(kursk);
        Analysis smaller = Analyses.smaller(kursk);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (ArticleStore writer = ArticleStore.open(config)) {
            Future<?> writing = thread.submit(() -> {
                for (int i = 0; i < 40; i++) {
                    writer.putAnalysis(i % 2 == 0 ? smaller : kursk, "v" + i);
                }
                return null;
            });
            int reads = 0;
            while (!writing.isDone() || reads < 10) {
                assertThat(store.analysis(id)).hasValueSatisfying(a -> assertThat(a).isIn(whole, smaller));
                reads++;
            }
            writing.get();
        } finally {
            thread.shutdownNow();
        }
    }

    @Test
    void reopeningTheStoreKeepsTheAnalysesAndRunsTheMigrationOnce() throws SQLException {
        Analysis kursk = Analyses.kursk();
        store.put(kursk.article());
        store.putAnalysis(kursk, "v1");
        store.close();

        store = ArticleStore.open(config);

        assertThat(store.analysis(kursk.article().id())).contains(Analyses.withoutTokens(kursk));
        assertThat(rows("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"script\" = ?", "V2__analysis.sql"))
                .isEqualTo(1);
        assertThat(rows("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"script\" = ?", "V3__analysis_time.sql"))
                .isEqualTo(1);
    }

    private void assertRefused(Analysis analysis, String version, String problem) {
        assertThatThrownBy(() -> store.putAnalysis(analysis, version))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Cannot store the analysis of article " + analysis.article().id())
                .hasMessageContaining(problem);
    }

    /** The single number a query returns, read on a connection of its own. */
    long rows(String sql, Object parameter) throws SQLException {
        try (Connection connection = Database.of(config).connect();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** The first column of every row a query returns, as strings. */
    List<String> strings(String sql, Object parameter) throws SQLException {
        try (Connection connection = Database.of(config).connect();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (row.next()) {
                    values.add(row.getString(1));
                }
                return values;
            }
        }
    }
}
