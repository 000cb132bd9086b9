package org.factline.app.serve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.factline.app.views.CorpusLoader;
import org.factline.knowledge.corpus.Dates;
import org.factline.knowledge.store.ArticleStore;
import org.factline.model.Analysis;

/**
 * The corpus of the store, read once, and the as-of views of it most recently asked for. Reading every analysis is
 * the slow part of the first view; requests share it. An ingest that changes an article's analysis changes that
 * one in the analyses kept, and the corpus is made anew from them at the next view, without reading the store
 * again (at 156,000 articles, reading it took minutes; making the corpus, under one). What other processes store
 * (another server on the same PostgreSQL database, {@code factline ingest} through an H2 file's server) is seen
 * by the store's {@link ArticleStore#analysesVersion version}, looked at before a view at most every few seconds:
 * when it is not the one the kept analyses make, they are read again. Thread-safe: a view is made once, while
 * other requests wait for it.
 */
final class CorpusCache {

    /** As-of views kept: a client moving a date slider asks for a few in turn. */
    private static final int AS_OF_VIEWS = 16;

    private final ArticleStore store;
    private final long checkEveryNanos;
    /** Every analysis of the store, by article id; null until a view needs them. */
    private TreeMap<String, Analysis> analyses;
    /** The store's version of its analyses that {@link #analyses} are, and when it was last compared. */
    private String version;
    private long checked;
    private CorpusView all;
    /** By the last day they cover: "2025-03" and "2025-03-31" are one view. Least recently used first. */
    private final Map<String, CorpusView> asOf = new LinkedHashMap<>(AS_OF_VIEWS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CorpusView> eldest) {
            return size() > AS_OF_VIEWS;
        }
    };

    /** A cache that looks for other processes' changes at most every 5 seconds. */
    CorpusCache(ArticleStore store) {
        this(store, Duration.ofSeconds(5));
    }

    CorpusCache(ArticleStore store, Duration checkEvery) {
        this.store = store;
        this.checkEveryNanos = checkEvery.toNanos();
    }

    /** What had been reported by the end of {@code date} (a checked calendar date), or all of it when null. */
    synchronized CorpusView view(String date) {
        if (analyses != null && System.nanoTime() - checked >= checkEveryNanos) {
            checked = System.nanoTime();
            if (!store.analysesVersion().equals(version)) {
                forget(); // another process stored analyses
                analyses = null;
            }
        }
        if (analyses == null) {
            version = store.analysesVersion(); // before reading: what is stored meanwhile is seen at the next look
            checked = System.nanoTime();
            analyses = new TreeMap<>();
            CorpusLoader.analyses(store).forEach(a -> analyses.put(a.article().id(), a));
        }
        if (all == null) {
            all = new CorpusView(CorpusLoader.of(new ArrayList<>(analyses.values())));
        }
        if (date == null) {
            return all;
        }
        return asOf.computeIfAbsent(Dates.last(date), last -> new CorpusView(all.corpus().asOf(date)));
    }

    /** Forgets every view, and takes the article's analysis as the store now has it (or its absence). */
    synchronized void changed(String articleId) {
        forget();
        if (analyses != null) {
            version = store.analysesVersion();
            Optional<Analysis> now = store.analysis(articleId);
            if (now.isPresent()) {
                analyses.put(articleId, now.get());
            } else {
                analyses.remove(articleId);
            }
        }
    }

    private void forget() {
        all = null;
        asOf.clear();
    }
}
