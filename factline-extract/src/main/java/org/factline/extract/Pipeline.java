package org.factline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.factline.model.Analysis;
import org.factline.model.Article;

/**
 * The per-article pipeline: small named steps, each adding a layer, in the manner of an analysis chain.
 * An article in a language Factline cannot analyse goes through untouched.
 */
public final class Pipeline {

    private final List<Step> steps;

    private Pipeline(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    public static Pipeline of(Step... steps) {
        return new Pipeline(List.of(steps));
    }

    public List<Step> steps() {
        return steps;
    }

    public Analysis analyse(Article article) {
        Analysis analysis = Analysis.of(article);
        if (!article.language().analysable()) {
            return analysis;
        }
        for (Step step : steps) {
            analysis = step.apply(analysis);
        }
        return analysis;
    }

    /**
     * Analyses articles on {@code threads} threads and hands each result to {@code sink} in input order
     * (the sink is called from one thread at a time).
     */
    public void analyseAll(List<Article> articles, int threads, Consumer<Analysis> sink) {
        if (threads <= 1 || articles.size() < 2) {
            articles.forEach(a -> sink.accept(analyse(a)));
            return;
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Analysis>> futures = new ArrayList<>();
            for (Article a : articles) {
                futures.add(pool.submit(() -> analyse(a)));
            }
            for (Future<Analysis> f : futures) {
                sink.accept(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analysis interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
