package org.factline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.factline.extract.ExtractorVersion;
import org.factline.knowledge.search.SearchDocuments;
import org.factline.knowledge.search.SearchIndex;
import org.factline.knowledge.store.AnalysisSummary;
import org.factline.knowledge.store.ArticleStore;
import org.factline.knowledge.store.ArticleSummary;
import org.factline.knowledge.store.PostgresServer;
import org.factline.knowledge.store.StoreConfig;
import org.factline.knowledge.store.StoreException;
import org.factline.model.Analysis;
import org.factline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code factline ingest} killed with SIGKILL part way, as a power cut or the OOM killer would, then run again: on
 * the embedded store and on PostgreSQL, once while it stores articles and once while it analyses them.
 *
 * <p>What "half-written" means: an ingest stores each article in a transaction of its own, and only once every
 * article read is stored does it analyse them, storing each analysis in another transaction ({@link IngestRun}). So
 * after a kill an article may be stored without its analysis: that is by design, and the next run analyses it. But
 * nothing is ever there in part: an article is stored whole (text, paragraphs, what cleaning removed) or not at all,
 * and an analysis with every layer row its counts promise or not at all. Every article and analysis another process
 * saw committed before the kill is still there, unchanged; the next run stores the rest and analyses each article
 * that needs it once. The search index, which commits at most once a second, loses what the killed process indexed
 * in its last second; the next run sees that it was not closed and indexes again the articles it finds stored, so
 * that the index ends with every article and what its analysis found.
 */
class IngestKilledTest {

    /** Articles the killed ingest must have stored, or analysed, before it is killed. */
    private static final int STORED_BEFORE_KILL = 50;
    private static final int ANALYSED_BEFORE_KILL = 2;
    /** Longest wait for the ingest to get that far: it loads the language models first. */
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    @TempDir
    Path tmp;

    @Test
    void anEmbeddedStoreKilledWhileStoringKeepsWhatItCommittedAndTheNextRunStoresTheRest() throws Exception {
        StoreConfig h2 = StoreConfig.inDataDir(tmp.resolve("data"));
        killThenRunAgain(h2, List.of("--data", h2.dataDir().toString()), manyArticles(), false);
    }

    @Test
    void anEmbeddedStoreKilledWhileAnalysingKeepsWholeAnalysesAndTheNextRunAnalysesTheRest() throws Exception {
        StoreConfig h2 = StoreConfig.inDataDir(tmp.resolve("data"));
        killThenRunAgain(h2, List.of("--data", h2.dataDir().toString()), frenchExamples(), true);
    }

    @Test
    void postgresqlKilledWhileStoringKeepsWhatItCommittedAndTheNextRunStoresTheRest() throws Exception {
        StoreConfig pg = PostgresServer.shared().newDatabase();
        killThenRunAgain(pg, postgres(pg), manyArticles(), false);
    }

    @Test
    void postgresqlKilledWhileAnalysingKeepsWholeAnalysesAndTheNextRunAnalysesTheRest() throws Exception {
        StoreConfig pg = PostgresServer.shared().newDatabase();
        killThenRunAgain(pg, postgres(pg), frenchExamples(), true);
    }

    /** What another process saw committed: the articles stored, and the analyses stored. */
    private record Seen(Set<String> stored, Map<String, AnalysisSummary> analysed) {
    }

    private List<String> postgres(StoreConfig pg) {
        return List.of("--db", pg.jdbcUrl(), "--db-user", pg.user(), "--index", tmp.resolve("index").toString());
    }

    /** Four hundred articles: storing them takes long enough (seconds) to be killed in the middle. */
    private Path manyArticles() {
        return ExampleCopies.write(tmp.resolve("articles"), 400);
    }

    /**
     * The twelve French examples: one language, so that the killed process loads one language's models only, and
     * enough that it is still analysing a second after the first two analyses are in.
     */
    private Path frenchExamples() {
        List<ExampleCopies.Example> french = ExampleCopies.of(ExampleCopies.KURSK, ExampleCopies.STORIES).stream()
                .filter(e -> !e.english()).toList();
        return ExampleCopies.write(tmp.resolve("articles"), french, french.size());
    }

    private void killThenRunAgain(StoreConfig config, List<String> store, Path folder, boolean analyse) throws Exception {
        Path index = config.dataDir() != null ? SearchIndex.folderIn(config.dataDir()) : tmp.resolve("index");
        Map<String, Article> expected = ExampleCopies.read(folder);
        // The tables are made now, so that the test's own look at the store never races the ingest's migration; and,
        // for the embedded store, closed again, so that the ingest's process is the one that owns the file.
        ArticleStore.open(config).close();
        List<String> ingest = new ArrayList<>(List.of("ingest", folder.toString(), "--no-progress"));
        if (!analyse) {
            ingest.add("--no-analyse");
        }
        ingest.addAll(store);
        Path log = tmp.resolve("killed-ingest.log");
        Process child = start(ingest, log);
        Seen seen;
        try {
            seen = awaitProgress(child, log, config, analyse ? ANALYSED_BEFORE_KILL : STORED_BEFORE_KILL, analyse);
            // H2 shows a commit to other connections a moment before its commit returns, having written it to the
            // file: what was seen is certainly committed a second later, when the kill comes.
            Thread.sleep(1000);
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the killed ingest is gone").isTrue();
        }
        assertThat(child.exitValue()).as("killed (128 + 9), not finished before; its output: %s", output(log))
                .isEqualTo(137);

        try (ArticleStore after = ArticleStore.open(config)) {
            assertThat(ids(after)).as("every article seen stored before the kill").containsAll(seen.stored());
            Map<String, AnalysisSummary> analyses = analyses(after);
            seen.analysed().forEach((id, summary) -> assertThat(analyses.get(id)).as("analysis of %s", id)
                    .isEqualTo(summary));
            assertWhole(after, expected);
        }

        Cli again = Cli.run(ingest.toArray(String[]::new));
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("was killed before it closed it").contains("were indexed again");
        try (ArticleStore after = ArticleStore.open(config)) {
            assertThat(after.count()).as("every article once").isEqualTo(expected.size());
            assertThat(ids(after)).containsExactlyInAnyOrderElementsOf(expected.keySet());
            assertWhole(after, expected);
            if (analyse) {
                Map<String, AnalysisSummary> analyses = analyses(after);
                assertThat(analyses.keySet()).as("every article analysed").isEqualTo(expected.keySet());
                // Analysed once: what was analysed before the kill was not analysed again.
                seen.analysed().forEach((id, summary) -> assertThat(analyses.get(id)).isEqualTo(summary));
                assertThat(again.out()).contains("up to date");
            }
            assertIndexed(after, index);
        }
    }

    /** The search index holds every stored article, with what its stored analysis found, and nothing else. */
    private static void assertIndexed(ArticleStore store, Path folder) {
        long documents = 0;
        for (ArticleSummary s : store.list()) {
            Optional<Analysis> analysis = store.analysis(s.id());
            documents += analysis.isPresent() ? SearchDocuments.of(analysis.get()).size() : 1;
        }
        try (SearchIndex index = SearchIndex.openForReading(folder)) {
            assertThat(index.count()).as("documents in the search index").isEqualTo(documents);
        }
    }

    /** Polls the store until the ingest has stored, or analysed, {@code count} articles; returns what it saw. */
    private static Seen awaitProgress(Process child, Path log, StoreConfig config, int count, boolean analyses)
            throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        ArticleStore store = null;
        try {
            while (true) {
                assertThat(child.isAlive()).as("the ingest still runs; its output: %s", output(log)).isTrue();
                assertThat(System.nanoTime() < deadline).as("the ingest got that far within %s; its output: %s",
                        PATIENCE, output(log)).isTrue();
                // The embedded store: only once the ingest holds the file, so that this process is its client.
                if (store == null && (config.dataDir() == null || Files.exists(config.dataDir().resolve("factline.lock.db")))) {
                    store = tryOpen(config);
                }
                if (store != null) {
                    try {
                        Seen seen = new Seen(ids(store), analyses(store));
                        if ((analyses ? seen.analysed().size() : seen.stored().size()) >= count) {
                            return seen;
                        }
                    } catch (StoreException e) {
                        store.close(); // the ingest's process may not serve the file yet: look again
                        store = null;
                    }
                }
                Thread.sleep(100);
            }
        } finally {
            if (store != null) {
                store.close();
            }
        }
    }

    private static ArticleStore tryOpen(StoreConfig config) {
        try {
            return ArticleStore.open(config);
        } catch (StoreException e) {
            return null;
        }
    }

    /**
     * Every stored article equals the one read from its file, and every stored analysis has as many rows of each layer
     * as its analysis row counts, made by the running extraction.
     */
    private static void assertWhole(ArticleStore store, Map<String, Article> expected) {
        for (ArticleSummary s : store.list()) {
            assertThat(store.get(s.id())).as("article %s", s.doc()).contains(expected.get(s.id()));
        }
        for (AnalysisSummary s : store.analysedArticles()) {
            Analysis a = store.analysis(s.articleId()).orElseThrow();
            assertThat(List.of(a.sentences().size(), a.mentions().size(), a.entities().size(), a.timexes().size(),
                    a.claims().size(), a.events().size(), a.quantities().size()))
                    .as("rows of each layer of the analysis of %s", s.articleId())
                    .isEqualTo(List.of(s.sentences(), s.mentions(), s.entities(), s.timexes(), s.claims(), s.events(),
                            s.quantities()));
            assertThat(s.extractor()).isEqualTo(ExtractorVersion.current());
        }
    }

    private static Set<String> ids(ArticleStore store) {
        return store.list().stream().map(ArticleSummary::id).collect(Collectors.toCollection(HashSet::new));
    }

    private static Map<String, AnalysisSummary> analyses(ArticleStore store) {
        Map<String, AnalysisSummary> byId = new HashMap<>();
        store.analysedArticles().forEach(s -> byId.put(s.articleId(), s));
        return byId;
    }

    /** {@code factline ARGS} in a JVM of its own, as a user starts it, with its output in {@code log}. */
    private static Process start(List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static String output(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log) : "(none)";
    }
}
