package org.factline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.factline.extract.ExtractorVersion;
import org.factline.knowledge.store.ArticleStore;
import org.factline.knowledge.store.PostgresServer;
import org.factline.knowledge.store.StoreConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same commands on a real PostgreSQL server (skipped without one, a failure in CI). */
class PostgresCommandLineTest {

    @TempDir
    Path tmp;

    @Test
    void ingest_articles_show_search_and_reindex_work_the_same_on_postgresql() {
        StoreConfig db = PostgresServer.shared().newDatabase();
        String[] store = {"--db", db.jdbcUrl(), "--db-user", db.user(), "--index", tmp.resolve("index").toString()};

        Cli ingest = Cli.run(concat(new String[] {"ingest", CommandLineTest.EXAMPLES.toString()}, store));
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("2 new").contains("PostgreSQL").contains("Analysis: 2 analysed");
        assertThat(Cli.run(concat(new String[] {"ingest", CommandLineTest.EXAMPLES.toString()}, store)).out())
                .contains("2 duplicates").contains("Analysis: 0 analysed, 2 up to date");
        try (ArticleStore articles = ArticleStore.open(db)) {
            assertThat(articles.analysedArticles()).hasSize(2)
                    .allSatisfy(a -> assertThat(a.extractor()).isEqualTo(ExtractorVersion.current()))
                    .anySatisfy(a -> assertThat(a.claims()).isPositive());
            assertThat(articles.analysis("003_fedd8152fb742624").orElseThrow().claims())
                    .anySatisfy(c -> assertThat(c.speaker().name()).isEqualTo("Volodymyr Zelensky"));
        }

        assertThat(Cli.run(concat(new String[] {"articles"}, store)).out()).contains("2025-02-07 (inferred)");
        assertThat(Cli.run(concat(new String[] {"show", "000_bbddf157615b990c"}, store)).out())
                .contains("Le chef d'état-major");

        Cli search = Cli.run(concat(new String[] {"search", "Guerassimov", "--type", "article"}, store));
        assertThat(search.exitCode()).as(search.err()).isZero();
        assertThat(search.outLines()).first().isEqualTo("article  2025-04-26  000_bbddf157615b990c");
        assertThat(search.out()).contains("Valéri [Guérassimov]").endsWith("1 found." + System.lineSeparator());
        Cli claims = Cli.run(concat(new String[] {"search", "Kursk", "--type", "claim", "--limit", "1000"}, store));
        assertThat(claims.outLines()).filteredOn(l -> l.startsWith("claim ")).isNotEmpty();

        Cli reindex = Cli.run(concat(new String[] {"reindex"}, store));
        assertThat(reindex.exitCode()).as(reindex.err()).isZero();
        assertThat(reindex.out()).startsWith("Indexed 2 articles (2 analysed, with their claims and events)");
        assertThat(Cli.run(concat(new String[] {"search", "Kursk", "--type", "claim", "--limit", "1000"}, store))
                .outLines()).as("the same claims, from the store").containsExactlyInAnyOrderElementsOf(claims.outLines());

        Cli elsewhere = Cli.run("search", "Koursk", "--db", db.jdbcUrl(), "--index", tmp.resolve("none").toString());
        assertThat(elsewhere.exitCode()).isEqualTo(1);
        assertThat(elsewhere.err()).contains("there is no search index in " + tmp.resolve("none"));

        KnowledgeCommandsTest.assertTheExampleDisagreements(store);
    }

    @Test
    void the_stories_corpus_gives_the_same_answers_on_postgresql() throws Exception {
        StoreConfig db = PostgresServer.shared().newDatabase();
        KnowledgeCommandsTest.assertTheStories("--db", db.jdbcUrl(), "--db-user", db.user(), "--index", tmp.resolve("stories-index").toString());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
