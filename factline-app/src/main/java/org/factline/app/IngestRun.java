package org.factline.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.factline.ingest.IngestListener;
import org.factline.ingest.Ingestor;
import org.factline.ingest.read.InputSource;
import org.factline.ingest.read.ReadLimits;
import org.factline.knowledge.store.ArticleStore;
import org.factline.knowledge.store.PutResult;
import org.factline.model.Article;

/**
 * One {@code factline ingest}: reads the inputs, stores each article in its own transaction, and counts
 * what became of everything, so that the user ends with a summary and the reasons for each failure.
 */
final class IngestRun implements IngestListener {

    record Failure(String location, String reason) {
    }

    private final ArticleStore store;
    private final PrintWriter err;
    private final boolean progressBar;
    private final List<Article> stored = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private int read;
    private int added;
    private int duplicates;
    private IngestProgress progress;

    IngestRun(ArticleStore store, PrintWriter err, boolean progressBar) {
        this.store = store;
        this.err = err;
        this.progressBar = progressBar;
    }

    /** Reads and stores everything {@code paths} name; returns this run, to be summarised. */
    IngestRun run(List<String> paths, ReadLimits limits) {
        try {
            new Ingestor(limits).ingest(paths, this);
        } finally {
            if (progress != null) {
                progress.close();
            }
        }
        return this;
    }

    @Override
    public void inputs(List<InputSource> inputs) {
        progress = IngestProgress.start(inputs, System.err, progressBar);
    }

    @Override
    public void inputDone(InputSource input) {
        progress.step(added + " new, " + duplicates + " duplicates, " + failures.size() + " failed");
    }

    @Override
    public void article(Article article) {
        read++;
        try {
            if (store.put(article) == PutResult.NEW) {
                added++;
            } else {
                duplicates++;
            }
            stored.add(article);
        } catch (RuntimeException e) {
            failures.add(new Failure(article.source().location(), "could not be stored: " + e.getMessage()));
        }
    }

    @Override
    public void failure(String location, String reason) {
        failures.add(new Failure(location, reason));
    }

    @Override
    public void warning(String location, String message) {
        warnings.add(location + ": " + message);
    }

    List<Article> articles() {
        return stored;
    }

    boolean anyFailed() {
        return !failures.isEmpty();
    }

    /** The closing summary: counts, then each warning and failure with its place and reason. */
    void summarise(PrintWriter out) {
        warnings.forEach(w -> err.println("warning: " + w));
        failures.forEach(f -> err.println("failed: " + f.location() + ": " + f.reason()));
        out.printf("Read %d article%s: %d new, %d duplicate%s, %d failed. Store: %s%n",
                read, read == 1 ? "" : "s", added, duplicates, duplicates == 1 ? "" : "s", failures.size(), store.describe());
    }

    /** 0 when everything went in, 1 when some inputs failed (the others are stored). */
    int exitCode() {
        return failures.isEmpty() ? 0 : 1;
    }
}
