package org.factline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.factline.app.Main;
import org.factline.knowledge.store.AnalysisSummary;
import org.factline.knowledge.store.ArticleStore;
import org.factline.knowledge.store.StoreConfig;
import org.factline.knowledge.store.ArticleSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The Spark job in {@code local[2]} against a single process on the same inputs: {@code factline ingest} of a
 * corpus into one store, the job on the same corpus, then {@code factline load} of its tables into another
 * store; both stores must hold the same articles, with the same analyses, and the job must reject what ingest
 * rejects.
 */
class SparkExtractTest {

    static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    static Path tmp;

    static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("factline test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** Text files in a folder, JSON Lines with a broken line, a duplicate, an article in German, an empty file. */
    static Path corpus() throws IOException {
        Path corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus.resolve("kursk"));
        try (Stream<Path> kursk = Files.list(EXAMPLES.resolve("kursk"))) {
            for (Path p : kursk.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Files.copy(p, corpus.resolve("kursk").resolve(p.getFileName()));
            }
        }
        Files.copy(EXAMPLES.resolve("kursk/000_bbddf157615b990c.txt"), corpus.resolve("zz_copy.txt"));
        StringBuilder jsonl = new StringBuilder();
        for (String story : List.of("01_azilal-dam-collapse", "07_batken-clashes", "13_drone-wreckage")) {
            String text = Files.readString(EXAMPLES.resolve("stories/" + story + ".txt"));
            String date = text.lines().filter(l -> l.startsWith("date ")).findFirst().orElseThrow().substring(5);
            String body = text.substring(text.indexOf("\n\n") + 2);
            jsonl.append("{\"id\": \"").append(story).append("\", \"date\": \"").append(date)
                    .append("\", \"text\": ").append(quote(body)).append("}\n");
        }
        jsonl.append("{\"id\": \"broken\", \"text\": \n");
        Files.writeString(corpus.resolve("stories.jsonl"), jsonl);
        Files.writeString(corpus.resolve("de.txt"), "Der Bundestag hat am Donnerstag über den Haushalt für das "
                + "kommende Jahr beraten. Die Abgeordneten stritten lange über die Ausgaben für Bildung und "
                + "Verteidigung, bevor die Sitzung am späten Abend vertagt wurde.\n");
        Files.writeString(corpus.resolve("empty.txt"), "");
        return corpus;
    }

    @Test
    void theJobsTablesLoadIntoTheStoreThatIngestMakes() throws IOException {
        Path corpus = corpus();
        Path single = tmp.resolve("single");
        Path loaded = tmp.resolve("loaded");
        Path parquet = tmp.resolve("parquet");

        Result ingest = factline("ingest", corpus.toString(), "--data", single.toString(), "--no-progress");
        SparkExtract.Summary summary = SparkExtract.run(spark, List.of(corpus.toString()), parquet.toString(), 2,
                false);
        Result load = factline("load", parquet.toString(), "--data", loaded.toString(), "--no-progress");

        assertThat(load.code()).as(load.err()).isEqualTo(0);
        // kursk (2) + 3 stories + German; the copy is a duplicate, the broken line and the empty file rejected
        assertThat(summary.articles()).isEqualTo(6);
        assertThat(summary.analysed()).isEqualTo(5);
        assertThat(summary.rejected()).isEqualTo(2);
        assertThat(lines(load.err(), "rejected by the job: ")).isEqualTo(lines(ingest.err(), "failed: "))
                .hasSize(2);
        try (ArticleStore a = ArticleStore.open(StoreConfig.inDataDir(single));
             ArticleStore b = ArticleStore.open(StoreConfig.inDataDir(loaded))) {
            List<String> ids = a.list().stream().map(ArticleSummary::id).sorted().toList();
            assertThat(b.list().stream().map(ArticleSummary::id).sorted().toList()).isEqualTo(ids).hasSize(6);
            for (String id : ids) {
                assertThat(b.get(id)).as(id).isEqualTo(a.get(id));
                assertThat(b.analysis(id)).as(id).isEqualTo(a.analysis(id));
                assertThat(b.analysisSummary(id).map(SparkExtractTest::counts)).as(id)
                        .isEqualTo(a.analysisSummary(id).map(SparkExtractTest::counts));
            }
            assertThat(a.analysedArticles()).hasSize(5);
        }
        // The same claims reach the corpus views and the search index from either store.
        assertThat(factline("contradictions", "--format", "json", "--data", loaded.toString()).out())
                .isEqualTo(factline("contradictions", "--format", "json", "--data", single.toString()).out());
        assertThat(factline("search", "Guerassimov", "--data", loaded.toString()).out())
                .isEqualTo(factline("search", "Guerassimov", "--data", single.toString()).out())
                .contains("Guérassimov");

        Result again = factline("load", parquet.toString(), "--data", loaded.toString(), "--no-progress");
        assertThat(again.out()).contains("0 new, 6 duplicates, 0 analyses stored, 5 up to date, 0 failed");
    }

    @Test
    void aFolderThatIsNotTheJobsOutputIsRefusedByName() throws IOException {
        Path notParquet = Files.createDirectories(tmp.resolve("not-parquet"));
        Result load = factline("load", notParquet.toString(), "--data", tmp.resolve("none").toString());
        assertThat(load.code()).isEqualTo(1);
        assertThat(load.err()).contains(notParquet.toString()).contains("not the output of factline-spark");
    }

    record Result(int code, String out, String err) {
    }

    static Result factline(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** What a stored analysis counts, and which extraction made it; not when. */
    private static List<Object> counts(AnalysisSummary s) {
        return List.of(s.extractor(), s.sentences(), s.tokens(), s.mentions(), s.entities(), s.timexes(), s.claims(),
                s.events(), s.quantities());
    }

    private static Set<String> lines(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String quote(String text) {
        return new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(text))
                .transform(s -> "\"" + s + "\"");
    }
}
