package org.factline.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.factline.knowledge.store.ArticleStore;
import org.factline.knowledge.store.PostgresServer;
import org.factline.knowledge.store.StoreConfig;
import org.junit.jupiter.api.Test;

/** The same commands on a real PostgreSQL server (skipped without one, a failure in CI). */
class PostgresCommandLineTest {

    @Test
    void ingest_articles_and_show_work_the_same_on_postgresql() {
        StoreConfig db = PostgresServer.shared().newDatabase();
        String[] store = {"--db", db.jdbcUrl(), "--db-user", db.user()};

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
        KnowledgeCommandsTest.assertTheExampleDisagreements(store);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
