package org.factline.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.factline.extract.ExtractorVersion;
import org.factline.extract.Pipelines;
import org.factline.ingest.IngestListener;
import org.factline.ingest.IngestStopped;
import org.factline.ingest.Ingestor;
import org.factline.ingest.read.Format;
import org.factline.ingest.read.InputSource;
import org.factline.ingest.read.ReadLimits;
import org.factline.knowledge.store.ArticleStore;
import org.factline.knowledge.store.PutResult;
import org.factline.knowledge.store.StoreUnavailableException;
import org.factline.model.Analysis;
import org.factline.model.Article;

/**
 * One {@code factline ingest}: reads the inputs and stores each article in its own transaction, then
 * analyses the articles that need it and stores each analysis in its own transaction, and counts what became
 * of everything, so that the user ends with a summary and the reasons for each failure.
 *
 * <p>An article needs analysis when its language can be analysed and the store holds no analysis of it by
 * the running extraction ({@link ExtractorVersion}); {@code --reanalyse} analyses it anyway. Reading
 * comes first and analysis second, so that every article is stored before the slow part starts, and an
 * analysis that fails never costs the article.
 *
 * <p>When the store as a whole cannot be used any more (its server is unreachable, its disk full), the run stops:
 * every other article would fail the same way. What was stored is kept, and the same command run again goes on
 * where this one stopped.
 *
 * <p>The search index follows the store ({@link IndexUpdates}): each new article is indexed when stored, and
 * again with its claims and events when its analysis is stored.
 */
final class IngestRun implements IngestListener {

    record Failure(String location, String reason) {
    }

    /**
     * What to do besides storing.
     *
     * @param analyse     whether to analyse the articles read
     * @param reanalyse   whether to analyse them even when the store holds an analysis by the running extraction
     * @param threads     articles analysed at once (0 for the default)
     * @param progressBar whether to draw progress bars on a terminal
     */
    record Options(boolean analyse, boolean reanalyse, int threads, boolean progressBar) {

        static Options defaults() {
            return new Options(true, false, 0, true);
        }
    }

    /**
     * How articles are analysed.
     *
     * @param pipeline makes the function that analyses an article (called once, and only when an article
     *                 needs analysis: the standard pipeline loads its knowledge base when made)
     * @param version  the version stored with each analysis
     */
    record Extraction(Supplier<Function<Article, Analysis>> pipeline, Supplier<String> version) {

        static Extraction standard() {
            return new Extraction(() -> Pipelines.standard()::analyse, ExtractorVersion::current);
        }
    }

    private final ArticleStore store;
    private final IndexUpdates index;
    private final PrintWriter err;
    private final Options options;
    private final Extraction extraction;
    /** Every article read, by id, in the order read (each once). */
    private final Set<String> read = new LinkedHashSet<>();
    private final Set<String> toAnalyse = new LinkedHashSet<>();
    private final List<Failure> failures = new ArrayList<>();
    /** Of the failures, articles that were read but could not be stored. */
    private final List<Failure> notStored = new ArrayList<>();
    private final List<Failure> analysisFailures = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private String version;
    /** Why the run stopped before the end (the store could not be used any more), or null. */
    private StoreUnavailableException stopped;
    private int articles;
    private int added;
    private int duplicates;
    private int analysed;
    private int upToDate;
    private int notAnalysable;
    private IngestProgress progress;

    IngestRun(ArticleStore store, IndexUpdates index, PrintWriter err, Options options) {
        this(store, index, err, options, Extraction.standard());
    }

    IngestRun(ArticleStore store, IndexUpdates index, PrintWriter err, Options options, Extraction extraction) {
        this.store = store;
        this.index = index;
        this.err = err;
        this.options = options;
        this.extraction = extraction;
    }

    /** Reads and stores everything {@code paths} name, then analyses; returns this run, to be summarised. */
    IngestRun run(List<String> paths, ReadLimits limits) {
        return run(() -> new Ingestor(limits).ingest(paths, this));
    }

    /** Reads and stores one input in the format the caller names (a posted article), then analyses. */
    IngestRun run(InputSource input, Format format, ReadLimits limits) {
        return run(() -> new Ingestor(limits).read(input, format, this));
    }

    private IngestRun run(Runnable reading) {
        try {
            reading.run();
            if (!toAnalyse.isEmpty()) {
                analyse();
            }
        } catch (IngestStopped e) {
            stopped = (StoreUnavailableException) e.getCause();
        } catch (StoreUnavailableException e) {
            stopped = e;
        } finally {
            if (progress != null) {
                progress.close();
            }
        }
        index.commit();
        return this;
    }

    @Override
    public void inputs(List<InputSource> inputs) {
        progress = IngestProgress.start(inputs, System.err, options.progressBar());
    }

    @Override
    public void inputDone(InputSource input) {
        progress.step(added + " new, " + duplicates + " duplicates, " + failures.size() + " failed");
    }

    /** Stores the article; when the store cannot be used any more, stops the reading (not counting this article). */
    @Override
    public void article(Article article) {
        try {
            store(article);
        } catch (StoreUnavailableException e) {
            throw new IngestStopped(e);
        }
    }

    private void store(Article article) {
        PutResult stored;
        try {
            stored = store.put(article);
        } catch (StoreUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            articles++;
            notStored.add(new Failure(article.source().location(), "could not be stored: " + e.getMessage()));
            failures.add(notStored.getLast());
            return;
        }
        articles++;
        if (stored == PutResult.NEW) {
            added++;
            index.article(article);
        } else {
            duplicates++;
            if (index.interrupted()) {
                // The killed process may have stored it without committing its index update.
                index.again(store.get(article.id()).orElse(article), store.analysis(article.id()));
            }
        }
        if (read.add(article.id()) && options.analyse()) {
            decideAnalysis(article);
        }
    }

    private void decideAnalysis(Article article) {
        if (!article.language().analysable()) {
            notAnalysable++;
        } else if (options.reanalyse() || store.needsAnalysis(article.id(), version())) {
            toAnalyse.add(article.id());
        } else {
            upToDate++;
        }
    }

    /**
     * Analyses the articles that need it, as stored (an article read again under a stored id may differ from
     * the stored one, into whose text the layers point), storing each analysis as it comes.
     */
    private void analyse() {
        Analyser analyser = new Analyser(extraction.pipeline().get(), options.threads(), this::storeAnalysis,
                (article, e) -> analysisFailed(article, Analyser.reason(e)));
        try (IngestProgress bar = IngestProgress.start("Analysing", toAnalyse.size(), System.err,
                options.progressBar())) {
            progress = bar;
            for (String id : toAnalyse) {
                Optional<Article> stored;
                try {
                    stored = store.get(id);
                } catch (StoreUnavailableException e) {
                    throw e;
                } catch (RuntimeException e) {
                    analysisFailures.add(new Failure(id, "could not be read back: " + e.getMessage()));
                    continue;
                }
                if (stored.isEmpty()) {
                    analysisFailures.add(new Failure(id, "is no longer in the store"));
                } else if (!stored.get().language().analysable()) {
                    notAnalysable++;
                } else {
                    analyser.add(stored.get());
                }
            }
            analyser.flush();
        } finally {
            progress = null;
        }
    }

    private void storeAnalysis(Analysis analysis) {
        try {
            store.putAnalysis(analysis, version());
            analysed++;
        } catch (StoreUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            analysisFailed(analysis.article(), "could not be stored: " + e.getMessage());
            return;
        }
        index.analysis(analysis);
        stepAnalysis();
    }

    private void analysisFailed(Article article, String reason) {
        analysisFailures.add(new Failure(article.source().location() + " (" + article.doc() + ")", reason));
        stepAnalysis();
    }

    private void stepAnalysis() {
        if (progress != null) {
            progress.step(analysed + " analysed, " + analysisFailures.size() + " failed");
        }
    }

    private String version() {
        if (version == null) {
            version = extraction.version().get();
        }
        return version;
    }

    @Override
    public void failure(String location, String reason) {
        failures.add(new Failure(location, reason));
    }

    @Override
    public void warning(String location, String message) {
        warnings.add(location + ": " + message);
    }

    /** The ids of the articles read, in the order read, each once (duplicates included: they are stored). */
    List<String> articleIds() {
        return List.copyOf(read);
    }

    /** Inputs or records that could not be read, and articles that could not be stored. */
    List<Failure> failures() {
        return List.copyOf(failures);
    }

    /** Articles read that could not be stored (a failure of the store, not of the input). */
    List<Failure> notStored() {
        return List.copyOf(notStored);
    }

    List<Failure> analysisFailures() {
        return List.copyOf(analysisFailures);
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** How many articles read were new to the store. */
    int added() {
        return added;
    }

    /** How many analyses were stored. */
    int analysed() {
        return analysed;
    }

    /** Why the run stopped before the end, or null when it did not: the store could not be used any more. */
    StoreUnavailableException stopped() {
        return stopped;
    }

    boolean anyFailed() {
        return stopped != null || !failures.isEmpty() || !analysisFailures.isEmpty() || index.anyFailed();
    }

    /** The closing summary: counts, then each warning and failure with its place and reason. */
    void summarise(PrintWriter out) {
        warnings.forEach(w -> err.println("warning: " + w));
        failures.forEach(f -> err.println("failed: " + f.location() + ": " + f.reason()));
        analysisFailures.forEach(f -> err.println("analysis failed: " + f.location() + ": " + f.reason()));
        index.reportFailures(err);
        out.printf("Read %d article%s: %d new, %d duplicate%s, %d failed. Store: %s%n",
                articles, articles == 1 ? "" : "s", added, duplicates, duplicates == 1 ? "" : "s", failures.size(),
                store.describe());
        if (!options.analyse()) {
            out.println("Analysis: not run (--no-analyse).");
        } else {
            out.printf("Analysis: %d analysed, %d up to date, %d in a language Factline cannot analyse, %d failed.%s%n",
                    analysed, upToDate, notAnalysable, analysisFailures.size(),
                    version == null ? "" : " Extractor: " + version);
        }
        index.summarise(out);
        if (stopped != null) {
            err.println("stopped: " + stopped.getMessage());
            out.println("Stopped before the end, as the store cannot be used any more. What was stored is kept; once the"
                    + " store can be used again, the same command stores and analyses the rest.");
        }
    }

    /**
     * 0 when everything went in, was analysed and indexed; 1 when some inputs, analyses or index updates failed
     * (the others are stored).
     */
    int exitCode() {
        return anyFailed() ? 1 : 0;
    }
}
