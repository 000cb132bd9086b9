package org.factline.knowledge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factline.knowledge.store.Articles.day;
import static org.factline.knowledge.store.Articles.dated;
import static org.factline.knowledge.store.Articles.plain;

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
import java.util.stream.Stream;
import org.factline.model.Article;
import org.factline.model.Language;
import org.factline.model.PublicationDate;
import org.factline.model.Removal;
import org.factline.model.SourceRef;
import org.factline.model.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every backend of the {@link ArticleStore} must do. Each concrete subclass runs these tests against
 * one real database.
 */
abstract class ArticleStoreContract {

    /** Flyway reports every migration check at INFO, which would bury the test output. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    /** A configuration naming a new, empty store. */
    abstract StoreConfig newStore();

    /** What {@link ArticleStore#describe()} should say for {@link #config}. */
    abstract String expectedDescription();

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
    void anArticleReadsBackEqualToWhatWasStored() {
        Article kursk = Articles.kursk();

        assertThat(store.put(kursk)).isEqualTo(PutResult.NEW);

        assertThat(store.get(kursk.id())).contains(kursk);
    }

    @Test
    void anArticleWithNoDateNoTitleAndEmptyListsReadsBackEqual() {
        Article bare = new Article("bare", "bare", new SourceRef("-", "text"), null, null, null,
                new Language(Language.UNDETERMINED, 0.0, false, false), null, "", "", List.of(), List.of(),
                List.of(), List.of());
        Article noEvidence = dated("month", "month",
                PublicationDate.month(java.time.YearMonth.of(2025, 2), PublicationDate.Basis.HEADER, null));

        store.put(bare);
        store.put(noEvidence);

        assertThat(store.get("bare")).contains(bare);
        assertThat(store.get("month")).contains(noEvidence);
    }

    @Test
    void unicodeAndAMegabyteOfTextReadBackUnchanged() {
        String paragraph = "Зеленский: «Ми воюємо» — 北朝鮮の兵士 — جنود كوريا الشمالية — e\u0301 — 🇺🇦🪖😀 — tab\there\r\n";
        StringBuilder text = new StringBuilder();
        List<Span> paragraphs = new ArrayList<>();
        while (text.length() < 1_000_000) {
            paragraphs.add(new Span(text.length(), text.length() + paragraph.length()));
            text.append(paragraph);
        }
        Article big = new Article("big-unicode", "très-grand 文章", new SourceRef("données/文章.jsonl:7", "jsonl"),
                "Північнокорейські солдати 🪖", "https://example.org/статья?q=ü", "Агентство",
                new Language("uk", 0.61, true, false), day("2025-02-07"), text.toString(), text + "\n© 🅐",
                paragraphs, List.of(paragraphs.get(0)),
                List.of(new Removal(Removal.Kind.BOILERPLATE, "Читайте також 📰")),
                List.of("encoding converted from windows-1251 → UTF-8"));

        store.put(big);

        assertThat(store.get(big.id())).contains(big);
    }

    @Test
    void hostileStringsAreStoredAndReadBackVerbatim() {
        String drop = "'; DROP TABLE article; --";
        Article hostile = new Article("x" + drop, "O'Brien \"quoted\" \\ back`tick` %_ ?", new SourceRef(drop, "te'xt"),
                drop, "https://example.org/?a=1&b='2'", "\"; DELETE FROM article_span; --",
                new Language("f'", 1.0, true, true),
                new PublicationDate("2025", PublicationDate.Precision.YEAR, PublicationDate.Basis.INFERRED,
                        "$1 ${large_text} ?"),
                "Text with ? and $1 and ${large_text} and \\' and ''.", drop + "\u0001\u001f",
                List.of(), List.of(), List.of(new Removal(Removal.Kind.CAPTION, drop)), List.of(drop, "%", "_"));

        assertThat(store.put(hostile)).isEqualTo(PutResult.NEW);

        assertThat(store.get(hostile.id())).contains(hostile);
        assertThat(store.get("x'; DROP")).contains(hostile);
        assertThat(store.get(hostile.doc())).contains(hostile);
        assertThat(store.list()).extracting(ArticleSummary::id).containsExactly(hostile.id());
    }

    @Test
    void sqlInEveryFieldIsKeptAsDataReadsBackExactlyAndLeavesTheOtherArticlesAndTablesWhole() throws SQLException {
        Article bystander = Articles.kursk();
        store.put(bystander);
        List<Article> hostile = HostileStrings.ALL.stream().map(HostileStrings::article).toList();

        for (Article a : hostile) {
            assertThat(store.put(a)).as(a.id()).isEqualTo(PutResult.NEW);
        }

        for (Article a : hostile) {
            assertThat(store.get(a.id())).as(a.id()).contains(a);
        }
        assertThat(store.count()).isEqualTo(hostile.size() + 1);
        assertThat(store.get(bystander.id())).contains(bystander);
        assertThat(store.list()).extracting(ArticleSummary::id)
                .containsExactlyInAnyOrderElementsOf(Stream.concat(Stream.of(bystander.id()),
                        HostileStrings.ALL.stream()).toList());
        assertThat(rows("SELECT COUNT(*) FROM article_span WHERE article_id = ?", bystander.id()))
                .isEqualTo(bystander.paragraphs().size() + bystander.headings().size());
        assertThat(store.get("100%_s")).as("a prefix with LIKE's wildcards matches only itself")
                .hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("100%_sure"));
        assertThat(store.get("100abc")).isEmpty();
    }

    @Test
    void storingTheSameIdTwiceKeepsTheFirstArticleAndSaysDuplicate() {
        Article first = Articles.kursk();
        Article sameIdOtherTitle = new Article(first.id(), "other", first.source(), "Autre titre", null, null,
                first.language(), null, "autre", "autre", List.of(), List.of(), List.of(), List.of());

        assertThat(store.put(first)).isEqualTo(PutResult.NEW);
        assertThat(store.put(first)).isEqualTo(PutResult.DUPLICATE);
        assertThat(store.put(sameIdOtherTitle)).isEqualTo(PutResult.DUPLICATE);

        assertThat(store.count()).isEqualTo(1);
        assertThat(store.get(first.id())).contains(first);
    }

    @Test
    void anIdStoredByAnotherProcessAfterTheCheckCountsAsADuplicate() throws SQLException {
        Article kursk = Articles.kursk();
        store.put(kursk);

        // What put() does after finding no such id, when another process has stored it in between.
        try (Connection other = Database.of(config).connect()) {
            assertThat(ArticleWriter.insert(other, kursk, Instant.now())).isFalse();
            other.commit();
        }

        assertThat(store.count()).isEqualTo(1);
        assertThat(store.put(Articles.plain("after", "after"))).isEqualTo(PutResult.NEW);
    }

    @Test
    void storesPuttingTheSameArticleAtOnceStoreItOnce() throws Exception {
        int writers = 6;
        List<ArticleStore> stores = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        try {
            for (int i = 0; i < writers; i++) {
                stores.add(ArticleStore.open(config));
            }
            for (int round = 0; round < 5; round++) {
                Article article = Articles.plain("race-" + round, "race-" + round);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<PutResult>> results = new ArrayList<>();
                for (ArticleStore writer : stores) {
                    results.add(threads.submit(() -> {
                        start.await();
                        return writer.put(article);
                    }));
                }
                start.countDown();
                List<PutResult> outcomes = new ArrayList<>();
                for (Future<PutResult> result : results) {
                    outcomes.add(result.get());
                }

                assertThat(outcomes).containsOnlyOnce(PutResult.NEW).containsOnly(PutResult.NEW, PutResult.DUPLICATE);
            }
        } finally {
            threads.shutdownNow();
            stores.forEach(ArticleStore::close);
        }
        assertThat(store.count()).isEqualTo(5);
    }

    @Test
    void anArticleThatFailsHalfwayLeavesNoTraceAndTheStoreGoesOn() throws SQLException {
        Article before = Articles.plain("before", "before");
        Article kursk = Articles.kursk();
        // A removal without text breaks a NOT NULL constraint after the article row and its spans are written.
        List<Removal> broken = new ArrayList<>(kursk.removed());
        broken.add(new Removal(Removal.Kind.BYLINE, null));
        Article failing = new Article(kursk.id(), kursk.doc(), kursk.source(), kursk.title(), kursk.url(),
                kursk.outlet(), kursk.language(), kursk.published(), kursk.text(), kursk.rawText(),
                kursk.paragraphs(), kursk.headings(), broken, kursk.warnings());
        store.put(before);

        assertThatThrownBy(() -> store.put(failing))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(kursk.id())
                .hasMessageContaining(kursk.doc())
                .hasMessageContaining(expectedDescription());

        assertThat(store.get(kursk.id())).isEmpty();
        assertThat(rows("SELECT COUNT(*) FROM article_span WHERE article_id = ?", kursk.id())).isZero();
        assertThat(rows("SELECT COUNT(*) FROM article_removal WHERE article_id = ?", kursk.id())).isZero();
        assertThat(store.get(before.id())).contains(before);
        assertThat(store.put(Articles.plain("after", "after"))).isEqualTo(PutResult.NEW);
        assertThat(store.put(kursk)).isEqualTo(PutResult.NEW);
        assertThat(store.count()).isEqualTo(3);
    }

    @Test
    void textNoBackendCanKeepIsRefusedWithAMessageSayingWhere() {
        Article kursk = Articles.kursk();
        Article withNul = new Article("nul", "nul", kursk.source(), null, null, null, kursk.language(), null,
                "text", "raw\0text", List.of(), List.of(), List.of(), List.of());
        Article withLoneSurrogate = new Article("surrogate", "surrogate", kursk.source(), "broken \uD83D title",
                null, null, kursk.language(), null, "text", "text", List.of(), List.of(), List.of(), List.of());

        assertThatThrownBy(() -> store.put(withNul))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("article nul")
                .hasMessageContaining("raw text")
                .hasMessageContaining("U+0000")
                .hasMessageContaining("offset 3");
        assertThatThrownBy(() -> store.put(withLoneSurrogate))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("title")
                .hasMessageContaining("unpaired surrogate U+D83D");
        assertThat(store.count()).isZero();
    }

    @Test
    void reopeningTheStoreKeepsItsArticlesAndRunsTheMigrationsOnce() throws SQLException {
        Article kursk = Articles.kursk();
        store.put(kursk);
        store.close();

        store = ArticleStore.open(config);
        assertThat(store.get(kursk.id())).contains(kursk);
        store.close();
        store = ArticleStore.open(config);

        assertThat(store.count()).isEqualTo(1);
        assertThat(rows("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"script\" = ?", "V1__article_store.sql"))
                .isEqualTo(1);
    }

    @Test
    void anArticleIsFoundByItsIdAUniquePrefixOfItOrItsDoc() {
        Article kursk = Articles.kursk();
        store.put(kursk);
        store.put(Articles.plain("0123456789", "other"));

        assertThat(store.get("bbddf157615b990c")).contains(kursk);
        assertThat(store.get("bbddf1")).contains(kursk);
        assertThat(store.get("000_bbddf157615b990c")).contains(kursk);
        assertThat(store.get("bbddf")).as("prefixes shorter than %d", ArticleStore.MIN_PREFIX).isEmpty();
        assertThat(store.get("bbddf157615b990c0")).isEmpty();
        assertThat(store.get("000_bbddf")).as("doc names are matched whole").isEmpty();
    }

    @Test
    void aPrefixOrDocNameMatchingSeveralArticlesNamesThemAll() {
        store.put(Articles.plain("abcdef01", "first"));
        store.put(Articles.plain("abcdef02", "second"));
        store.put(Articles.plain("abcdef", "exact"));
        store.put(Articles.plain("x-1", "same-name"));
        store.put(Articles.plain("x-2", "same-name"));

        assertThatThrownBy(() -> store.get("abcdef0"))
                .isInstanceOfSatisfying(AmbiguousArticleException.class, e -> {
                    assertThat(e.key()).isEqualTo("abcdef0");
                    assertThat(e.candidates()).extracting(ArticleSummary::id).containsExactly("abcdef01", "abcdef02");
                })
                .hasMessageContaining("abcdef01  first  (first.txt)")
                .hasMessageContaining("abcdef02  second  (second.txt)");
        assertThatThrownBy(() -> store.get("same-name"))
                .isInstanceOfSatisfying(AmbiguousArticleException.class, e ->
                        assertThat(e.candidates()).extracting(ArticleSummary::id).containsExactly("x-1", "x-2"));
        assertThat(store.get("abcdef")).as("an exact id wins over the longer ids it prefixes")
                .hasValueSatisfying(a -> assertThat(a.doc()).isEqualTo("exact"));
    }

    @Test
    void aPrefixFindsTheIdsThatStartWithItWhateverCharactersFollowAndNoOther() {
        String max = String.valueOf(Character.MAX_VALUE);
        List<String> ids = List.of("prefix" + max, "prefix" + max + max + "z", "prefiy", "prefiw-z", "prefix é",
                "prefix\uD83D\uDE00", "pre" + max + "x-1", "pre" + max + "x-2", max.repeat(6) + "-a");
        for (String id : ids) {
            store.put(Articles.plain(id, "doc " + ids.indexOf(id)));
        }

        assertThat(store.get("prefix ")).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("prefix é"));
        assertThat(store.get("prefix" + max + max)).as("the prefix with U+FFFF at its end")
                .hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("prefix" + max + max + "z"));
        assertThat(store.get("prefiw")).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("prefiw-z"));
        assertThat(store.get(max.repeat(6))).as("a prefix of U+FFFF only")
                .hasValueSatisfying(a -> assertThat(a.id()).isEqualTo(max.repeat(6) + "-a"));
        assertThatThrownBy(() -> store.get("pre" + max + "x-"))
                .isInstanceOfSatisfying(AmbiguousArticleException.class, e -> assertThat(e.candidates())
                        .extracting(ArticleSummary::id).containsExactly("pre" + max + "x-1", "pre" + max + "x-2"));
        assertThatThrownBy(() -> store.get("prefix"))
                .isInstanceOfSatisfying(AmbiguousArticleException.class, e -> assertThat(e.candidates())
                        .extracting(ArticleSummary::id).containsExactlyInAnyOrder("prefix" + max,
                                "prefix" + max + max + "z", "prefix é", "prefix\uD83D\uDE00"));
    }

    @Test
    void theListingIsByPublicationDateThenDocWithUndatedArticlesLast() {
        store.put(dated("c", "c-kursk", day("2025-04-27")));
        store.put(plain("u", "a-undated"));
        store.put(dated("b", "b-zelensky", day("2025-02-07")));
        store.put(dated("a", "a-zelensky", day("2025-02-07")));
        store.put(dated("m", "z-february", PublicationDate.month(java.time.YearMonth.of(2025, 2),
                PublicationDate.Basis.HEADER, null)));
        store.put(dated("y", "z-2024", PublicationDate.year(2024, PublicationDate.Basis.INFERRED, "l'an dernier")));

        assertThat(store.list()).extracting(ArticleSummary::doc)
                .containsExactly("z-2024", "z-february", "a-zelensky", "b-zelensky", "c-kursk", "a-undated");
    }

    @Test
    void theListingSummarisesEachArticle() {
        Article kursk = Articles.kursk();
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        store.put(kursk);
        Instant after = Instant.now();

        List<ArticleSummary> listing = store.list();

        assertThat(listing).hasSize(1);
        ArticleSummary summary = listing.get(0);
        assertThat(summary).usingRecursiveComparison().ignoringFields("ingestedAt").isEqualTo(new ArticleSummary(
                kursk.id(), kursk.doc(), kursk.title(), kursk.outlet(), kursk.url(), kursk.published(), kursk.language(),
                kursk.source(), null));
        assertThat(summary.ingestedAt()).isBetween(before, after);
    }

    @Test
    void anEmptyStoreCountsAndListsNothing() {
        assertThat(store.count()).isZero();
        assertThat(store.list()).isEmpty();
        assertThat(store.get("anything")).isEmpty();
    }

    @Test
    void theStoreDescribesWhereItIs() {
        assertThat(store.describe()).isEqualTo(expectedDescription());
        assertThat(store).hasToString("ArticleStore[" + expectedDescription() + "]");
    }

    @Test
    void aClosedStoreSaysSo() {
        store.close();

        assertThatThrownBy(() -> store.count()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
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
}
