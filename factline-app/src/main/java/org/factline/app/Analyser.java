package org.factline.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.factline.extract.Pipelines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.factline.model.Analysis;
import org.factline.model.Article;

/**
 * Runs the per-article pipeline over articles as they arrive, in batches over several threads, handing
 * the analyses on in arrival order. Models load on first use.
 *
 * <p>An article whose analysis fails is handed to the failure handler, in its place in the order, and the
 * others go on: one odd article never stops a batch. A stack overflow (a parser meeting a pathological
 * sentence) counts as such a failure; other errors (out of memory) stop the run.
 */
final class Analyser {

    private static final Logger LOG = LoggerFactory.getLogger(Analyser.class);

    private final Function<Article, Analysis> pipeline;
    private final int threads;
    private final Consumer<Analysis> sink;
    private final BiConsumer<Article, RuntimeException> failed;
    private final List<Article> batch = new ArrayList<>();

    /** The standard pipeline. */
    Analyser(int threads, Consumer<Analysis> sink, BiConsumer<Article, RuntimeException> failed) {
        this(Pipelines.standard()::analyse, threads, sink, failed);
    }

    /**
     * @param pipeline what analyses one article (thread-safe)
     * @param threads  articles analysed at once; 0 for the default (2, or 1 on a single core)
     * @param sink     gets each analysis, in the order the articles were added, on the calling thread
     * @param failed   gets each article whose analysis failed and why, in its place in that order
     */
    Analyser(Function<Article, Analysis> pipeline, int threads, Consumer<Analysis> sink,
             BiConsumer<Article, RuntimeException> failed) {
        this.pipeline = pipeline;
        this.threads = threads > 0 ? threads : Math.min(2, Runtime.getRuntime().availableProcessors());
        this.sink = sink;
        this.failed = failed;
    }

    void add(Article article) {
        batch.add(article);
        if (batch.size() >= 8 * threads) {
            flush();
        }
    }

    /**
     * The pipeline is not meant to throw on any input: a failure is a bug, so besides telling the caller, its
     * stack trace goes to the log (standard error) for a report.
     */
    private void fail(Article a, Throwable e) {
        LOG.warn("analysis of {} failed", a.doc(), e);
        failed.accept(a, asRuntime(e));
    }

    void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<Article> articles = List.copyOf(batch);
        batch.clear();
        if (threads <= 1 || articles.size() < 2) {
            for (Article a : articles) {
                Analysis analysis;
                try {
                    analysis = pipeline.apply(a);
                } catch (RuntimeException | StackOverflowError e) {
                    fail(a, e);
                    continue;
                }
                sink.accept(analysis);
            }
            return;
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Analysis>> futures = new ArrayList<>();
            for (Article a : articles) {
                futures.add(pool.submit(() -> pipeline.apply(a)));
            }
            for (int i = 0; i < articles.size(); i++) {
                Analysis analysis;
                try {
                    analysis = futures.get(i).get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error error && !(error instanceof StackOverflowError)) {
                        throw error;
                    }
                    fail(articles.get(i), e.getCause());
                    continue;
                }
                sink.accept(analysis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analysis interrupted", e);
        }
    }

    /** Why an analysis failed, for a user: the exception's kind and message. */
    static String reason(Throwable e) {
        Throwable shown = e instanceof AnalysisFailure && e.getCause() != null ? e.getCause() : e;
        String kind = shown.getClass().getSimpleName();
        return shown.getMessage() == null ? kind : kind + ": " + shown.getMessage();
    }

    private static RuntimeException asRuntime(Throwable e) {
        return e instanceof RuntimeException r ? r : new AnalysisFailure(e);
    }

    /** A checked exception or an error the pipeline threw, carried as the failure's cause. */
    static final class AnalysisFailure extends RuntimeException {
        AnalysisFailure(Throwable cause) {
            super(cause);
        }
    }
}
