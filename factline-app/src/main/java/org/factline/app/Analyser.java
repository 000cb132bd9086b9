package org.factline.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.factline.extract.Pipeline;
import org.factline.extract.Pipelines;
import org.factline.model.Analysis;
import org.factline.model.Article;

/**
 * Runs the per-article pipeline over articles as they arrive, in batches over several threads, handing
 * the analyses on in arrival order. Models load on first use.
 */
final class Analyser {

    private final Pipeline pipeline;
    private final int threads;
    private final Consumer<Analysis> sink;
    private final List<Article> batch = new ArrayList<>();

    Analyser(int threads, Consumer<Analysis> sink) {
        this.pipeline = Pipelines.standard();
        this.threads = threads > 0 ? threads : Math.min(2, Runtime.getRuntime().availableProcessors());
        this.sink = sink;
    }

    void add(Article article) {
        batch.add(article);
        if (batch.size() >= 8 * threads) {
            flush();
        }
    }

    void flush() {
        if (!batch.isEmpty()) {
            pipeline.analyseAll(List.copyOf(batch), threads, sink);
            batch.clear();
        }
    }
}
