package org.factline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.factline.ingest.read.ReadLimits;
import org.factline.knowledge.search.SearchHit;
import org.factline.knowledge.search.SearchIndex;
import org.factline.knowledge.search.SearchQuery;
import org.factline.knowledge.store.AnalysisSummary;
import org.factline.knowledge.store.ArticleStore;
import org.factline.knowledge.store.StoreConfig;
import org.factline.model.Analysis;
import org.factline.model.Article;
import org.factline.model.EntityType;
import org.factline.model.Mention;
import org.factline.model.Provenance;
import org.factline.model.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code factline ingest} decides about analysis, with a stand-in for the pipeline (fast, and able to
 * fail on purpose): analyse what needs it once, skip what is up to date, replace what an older extraction
 * made, and never lose an article to a failed analysis.
 */
class IngestRunTest {

    static {
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
    }

    @TempDir
    Path tmp;

    private ArticleStore store;
    private SearchIndex index;
    private final Map<String, Integer> calls = new ConcurrentHashMap<>();
    private final Map<String, String> textsSeen = new ConcurrentHashMap<>();
    private String version = "v1";
    private Function<Article, Analysis> pipeline = this::firstWordMention;
    private String out;
    private String err;

    @BeforeEach
    void open() {
        store = ArticleStore.open(StoreConfig.inDataDir(tmp.resolve("data")));
        index = SearchIndex.inMemory();
    }

    @AfterEach
    void close() {
        store.close();
        index.close();
    }

    /** A fake analysis: the article's first word as a mention of an organisation. */
    private Analysis firstWordMention(Article article) {
        calls.merge(article.doc(), 1, Integer::sum);
        textsSeen.put(article.doc(), article.text());
        if (article.doc().equals("broken")) {
            throw new IllegalStateException("the parser gave up");
        }
        String text = article.text();
        Span first = new Span(0, text.indexOf(' '));
        return Analysis.of(article).withMentions(List.of(new Mention(first, first.of(text), EntityType.ORG,
                "fl:org:" + first.of(text).toLowerCase(java.util.Locale.ROOT), Mention.Kind.NAME,
                new Provenance("test.first-word", 1.0))));
    }

    private IngestRun run(IngestRun.Options options, Path... inputs) {
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        IngestRun run = new IngestRun(store, IndexUpdates.of(index), new PrintWriter(errText, true), options,
                new IngestRun.Extraction(() -> article -> pipeline.apply(article), () -> version));
        run.run(java.util.Arrays.stream(inputs).map(Path::toString).toList(), new ReadLimits(ReadLimits.DEFAULT_MAX_ARTICLE_BYTES));
        run.summarise(new PrintWriter(outText, true));
        out = outText.toString();
        err = errText.toString();
        return run;
    }

    private IngestRun run(Path... inputs) {
        return run(new IngestRun.Options(true, false, 2, false), inputs);
    }

    private Path examples() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("accord.txt"), "date 2025-03-01\nlang fr\nLe gouvernement a annoncé samedi un accord.");
        Files.writeString(in.resolve("talks.txt"), "date 2025-03-02\nlang en\nKyiv said on Friday that talks would resume.");
        Files.writeString(in.resolve("deutsch.txt"), "date 2025-03-03\nlang de\nDie Regierung hat am Samstag ein Abkommen angekündigt.");
        return in;
    }

    private String id(String doc) {
        return store.get(doc).orElseThrow().id();
    }

    @Test
    void eachArticleIsAnalysedOnceAndStoredWithItsLayers() throws IOException {
        Path in = examples();

        IngestRun first = run(in);

        assertThat(first.exitCode()).as(err).isZero();
        assertThat(out).contains("Read 3 articles: 3 new, 0 duplicates, 0 failed")
                .contains("Analysis: 2 analysed, 0 up to date, 1 in a language Factline cannot analyse, 0 failed."
                        + " Extractor: v1");
        assertThat(calls).containsOnlyKeys("accord", "talks").containsValues(1, 1);
        assertThat(store.analysedArticles()).extracting(AnalysisSummary::extractor).containsExactly("v1", "v1");
        assertThat(store.analysis("accord")).hasValueSatisfying(a ->
                assertThat(a.mentions()).extracting(Mention::text).containsExactly("Le"));
        assertThat(store.analysis("deutsch")).as("stored, not analysed").isEmpty();
        assertThat(store.get("deutsch")).isPresent();

        IngestRun second = run(in);

        assertThat(second.exitCode()).isZero();
        assertThat(out).contains("3 duplicates")
                .contains("Analysis: 0 analysed, 2 up to date, 1 in a language Factline cannot analyse, 0 failed.");
        assertThat(calls).as("nothing analysed again").containsValues(1, 1);
    }

    @Test
    void reanalyseAnalysesAgainAndANewExtractorReplacesTheLayers() throws IOException {
        Path in = examples();
        run(in);
        var before = store.analysisSummary(id("accord")).orElseThrow();

        run(new IngestRun.Options(true, true, 1, false), in);

        assertThat(out).contains("Analysis: 2 analysed, 0 up to date");
        assertThat(calls).containsEntry("accord", 2).containsEntry("talks", 2);
        assertThat(store.analysisSummary(id("accord")).orElseThrow().analysedAt()).isAfter(before.analysedAt());

        version = "v2";
        pipeline = article -> {
            Analysis a = firstWordMention(article);
            return a.withMentions(List.of());
        };
        run(in);

        assertThat(out).contains("Analysis: 2 analysed, 0 up to date").contains("Extractor: v2");
        assertThat(store.analysedArticles()).extracting(AnalysisSummary::extractor).containsOnly("v2");
        assertThat(store.analysis("accord").orElseThrow().mentions()).as("replaced").isEmpty();
    }

    @Test
    void anAnalysisThatFailsIsNamedAndCostsNeitherTheArticleNorTheOthers() throws IOException {
        Path in = examples();
        Files.writeString(in.resolve("broken.txt"), "date 2025-03-04\nlang fr\nUn texte que rien ne peut lire.");

        IngestRun run = run(in);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(out).contains("Read 4 articles: 4 new, 0 duplicates, 0 failed")
                .contains("Analysis: 2 analysed, 0 up to date, 1 in a language Factline cannot analyse, 1 failed.");
        assertThat(err).contains("analysis failed: " + in.resolve("broken.txt") + " (broken): "
                + "IllegalStateException: the parser gave up");
        assertThat(store.get("broken")).isPresent();
        assertThat(store.analysis("broken")).isEmpty();
        assertThat(store.analysis("accord")).isPresent();
        assertThat(store.analysis("talks")).isPresent();

        pipeline = this::firstWordMention;
        run(in);
        assertThat(out).as("tried again on the next ingest").contains("1 failed");
    }

    @Test
    void anAnalysisTheStoreRefusesIsNamedAndTheArticleKeepsItsPreviousLayers() throws IOException {
        Path in = examples();
        run(in);
        Analysis previous = store.analysis("accord").orElseThrow();
        version = "v2";
        pipeline = article -> {
            Analysis a = firstWordMention(article);
            if (!article.doc().equals("accord")) {
                return a;
            }
            int length = article.text().length();
            return a.withMentions(List.of(new Mention(new Span(length - 2, length + 5), "x", EntityType.ORG, null,
                    Mention.Kind.NAME, new Provenance("test.beyond", 0.5))));
        };

        IngestRun run = run(in);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(err).contains("analysis failed: " + in.resolve("accord.txt") + " (accord): could not be stored: "
                + "Cannot store the analysis of article " + id("accord") + " (accord): mention 0 span")
                .contains("lies outside the article's text");
        assertThat(out).contains("Analysis: 1 analysed, 0 up to date, 1 in a language Factline cannot analyse, 1 failed.");
        assertThat(store.analysis("accord")).contains(previous);
        assertThat(store.analysisSummary(id("accord")).orElseThrow().extractor()).isEqualTo("v1");
        assertThat(store.analysisSummary(id("talks")).orElseThrow().extractor()).isEqualTo("v2");
    }

    @Test
    void noAnalyseStoresOnlyAndALaterIngestAnalyses() throws IOException {
        Path in = examples();

        IngestRun stored = run(new IngestRun.Options(false, false, 0, false), in);

        assertThat(stored.exitCode()).isZero();
        assertThat(out).contains("3 new").contains("Analysis: not run (--no-analyse).");
        assertThat(calls).isEmpty();
        assertThat(store.analysedArticles()).isEmpty();

        run(in);

        assertThat(out).contains("3 duplicates").contains("Analysis: 2 analysed");
        assertThat(store.analysedArticles()).hasSize(2);
    }

    @Test
    void anArticleReadAgainWithAnotherTextIsAnalysedAsStored() throws IOException {
        Path first = Files.writeString(tmp.resolve("first.jsonl"),
                "{\"id\": \"same-id\", \"lang\": \"fr\", \"text\": \"Premier texte, celui qui est gardé.\"}\n");
        Path second = Files.writeString(tmp.resolve("second.jsonl"),
                "{\"id\": \"same-id\", \"lang\": \"fr\", \"text\": \"Second texte, plus long, sous le même id.\"}\n");
        run(first);
        version = "v2";

        run(second);

        assertThat(out).contains("1 duplicate,").contains("Analysis: 1 analysed");
        assertThat(textsSeen.get("same-id")).isEqualTo("Premier texte, celui qui est gardé.");
        assertThat(store.analysis("same-id").orElseThrow().mentions()).extracting(Mention::text)
                .containsExactly("Premier");
    }

    @Test
    void theSearchIndexFollowsTheStoreAndAFailedAnalysisKeepsTheArticleSearchable() throws IOException {
        Path in = examples();
        Files.writeString(in.resolve("broken.txt"), "date 2025-03-04\nlang fr\nUn texte que rien ne peut lire.");

        run(in);

        assertThat(out).contains("Search index: 4 articles indexed, 0 failed.");
        assertThat(index.search(SearchQuery.of("Regierung")).hits()).as("stored, not analysable, indexed alone")
                .extracting(SearchHit::doc).containsExactly("deutsch");
        assertThat(index.search(SearchQuery.of("rien")).hits()).as("its analysis failed, its words are searchable")
                .extracting(SearchHit::doc).containsExactly("broken");
        assertThat(index.count()).isEqualTo(4);

        run(in);

        assertThat(out).as("nothing new, nothing analysed").contains("Search index: 0 articles indexed, 0 failed.");
        assertThat(index.count()).isEqualTo(4);
    }

    @Test
    void anIndexThatCannotBeWrittenIsReportedAndCostsNoStoredArticleNorAnalysis() throws IOException {
        Path in = examples();
        index.close();

        IngestRun run = run(in);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(out).contains("Read 3 articles: 3 new, 0 duplicates, 0 failed")
                .contains("Analysis: 2 analysed, 0 up to date, 1 in a language Factline cannot analyse, 0 failed.")
                .contains("Search index: 0 articles indexed, 1 failed, then it stopped taking changes (2 more not"
                        + " indexed). Run factline reindex to index what failed.");
        assertThat(err).contains("not indexed: " + in.resolve("accord.txt") + " (accord): IllegalStateException: "
                + "The search index in memory is closed")
                .contains("not indexed: the index took no more changes after that failure (and lost what it took in the"
                        + " 1 s before it): 2 more articles");
        assertThat(store.list()).hasSize(3);
        assertThat(store.analysedArticles()).hasSize(2);
    }
}
