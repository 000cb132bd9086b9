package org.factline.app.serve;

import java.util.LinkedHashMap;
import java.util.Map;

import org.factline.app.views.CorpusLoader;
import org.factline.knowledge.corpus.Dates;
import org.factline.knowledge.store.ArticleStore;

/**
 * The corpus of the store, read once and kept until an ingest changes the store, and the as-of views of it most
 * recently asked for. Reading the corpus is the slow part of every view; requests share it. Thread-safe: a view is
 * made once, while other requests wait for it.
 */
final class CorpusCache {

    /** As-of views kept: a client moving a date slider asks for a few in turn. */
    private static final int AS_OF_VIEWS = 16;

    private final ArticleStore store;
    private CorpusView all;
    /** By the last day they cover: "2025-03" and "2025-03-31" are one view. Least recently used first. */
    private final Map<String, CorpusView> asOf = new LinkedHashMap<>(AS_OF_VIEWS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CorpusView> eldest) {
            return size() > AS_OF_VIEWS;
        }
    };

    CorpusCache(ArticleStore store) {
        this.store = store;
    }

    /** What had been reported by the end of {@code date} (a checked calendar date), or all of it when null. */
    synchronized CorpusView view(String date) {
        if (all == null) {
            all = new CorpusView(CorpusLoader.load(store));
        }
        if (date == null) {
            return all;
        }
        return asOf.computeIfAbsent(Dates.last(date), last -> new CorpusView(all.corpus().asOf(date)));
    }

    /** Forgets every view: the store has changed. */
    synchronized void invalidate() {
        all = null;
        asOf.clear();
    }
}
