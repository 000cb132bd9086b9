package org.factline.app.serve;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.factline.knowledge.store.ArticleStore;
import org.factline.model.Article;

/**
 * {@code POST /api/articles}: one article in, stored, analysed and indexed, one at a time; the corpus views are
 * made anew with it after an ingest that changed the store. Counts what came in since the server started.
 */
final class IngestRoute {

    private final ArticleStore store;
    private final ArticleIngestion ingestion;
    private final CorpusCache corpus;
    private final long maxBody;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    IngestRoute(ArticleStore store, ArticleIngestion ingestion, CorpusCache corpus, long maxBody) {
        this.store = store;
        this.ingestion = ingestion;
        this.corpus = corpus;
        this.maxBody = maxBody;
    }

    void post(Context ctx) {
        received.incrementAndGet();
        boolean done = false;
        try {
            PostedBody body = PostedBody.of(ctx, maxBody);
            ArticleIngestion.Outcome outcome;
            synchronized (this) {
                outcome = ingestion.ingest(body.input(), body.format());
                if (outcome.added() || outcome.analysed()) {
                    corpus.changed(outcome.articleId());
                }
            }
            if (outcome.notStored() != null) {
                throw new ApiError(500, "the article could not be stored: " + outcome.notStored());
            }
            if (outcome.articleId() == null) {
                throw new ApiError(422, "no article could be read from the body: " + String.join("; ", outcome.unreadable()));
            }
            Server.json(ctx, outcome.added() ? 201 : 200, response(outcome));
            (outcome.added() ? stored : duplicates).incrementAndGet();
            done = true;
        } finally {
            if (!done) {
                failed.incrementAndGet();
            }
        }
    }

    private Map<String, Object> response(ArticleIngestion.Outcome outcome) {
        Article a = store.get(outcome.articleId()).orElseThrow(() -> new IllegalStateException(
                "article " + outcome.articleId() + " was stored but cannot be read back"));
        var analysis = store.analysisSummary(a.id());
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", a.id());
        o.put("doc", a.doc());
        o.put("new", outcome.added());
        o.put("analysed", analysis.isPresent());
        o.put("counts", analysis.map(ArticleRoutes::counts).orElse(null));
        o.put("title", a.title());
        o.put("lang", a.language().code());
        o.put("published", a.published() == null ? null : a.published().value());
        o.put("warnings", outcome.warnings());
        if (outcome.notAnalysed() != null) {
            o.put("analysis_error", outcome.notAnalysed());
        }
        if (outcome.notIndexed() != null) {
            o.put("index_error", outcome.notIndexed());
        }
        return o;
    }

    /** What came in since the server started: {@code received}, {@code stored}, {@code duplicates}, {@code failed}. */
    Map<String, Object> counts() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("received", received.get());
        o.put("stored", stored.get());
        o.put("duplicates", duplicates.get());
        o.put("failed", failed.get());
        return o;
    }
}
