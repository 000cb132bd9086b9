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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private static final Logger LOG = LoggerFactory.getLogger(CorpusCache.class);

    /** As-of views kept: a client moving a date slider asks for a few in turn. */
    private static final int AS_OF_VIEWS = 16;

    private final ArticleStore store;
    private final long checkEveryNanos;
    /** Every analysis of the store, by article id; null until a view needs them. */
    private TreeMap<String, Analysis> analyses;
    /** The store's version of its analyses that {@link #analyses} are, and when it was last compared. */
    private String version;
    private long checked;
    /** How far the reading of every analysis is, for {@code /api/status}: read while other threads ask. */
    private volatile long read;
    private volatile long toRead;
    private volatile String state = "not read";
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
                analyses = null; // another process stored analyses
                forget();
            }
        }
        if (analyses == null) {
            version = store.analysesVersion(); // before reading: what is stored meanwhile is seen at the next look
            checked = System.nanoTime();
            read = 0;
            toRead = store.analysisCount();
            state = "reading";
            try {
                TreeMap<String, Analysis> kept = new TreeMap<>();
                CorpusLoader.analyses(store, n -> read += n).forEach(a -> kept.put(a.article().id(), a));
                analyses = kept;
            } finally {
                state = analyses == null ? "not read" : "changed";
            }
        }
        if (all == null) {
            state = "making";
            try {
                all = new CorpusView(CorpusLoader.of(new ArrayList<>(analyses.values())));
            } finally {
                state = all == null ? "changed" : "ready";
            }
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

    /**
     * Where the corpus is, without waiting for it: {@code state} is "not read", "reading" (with how many analyses are
     * {@code read} {@code of} how many), "making" (the corpus from them), "ready" or "changed" (an ingest changed
     * the analyses kept: the corpus is made anew at the next view).
     */
    Map<String, Object> progress() {
        Map<String, Object> o = new LinkedHashMap<>();
        String now = state;
        o.put("state", now);
        if (now.equals("reading")) {
            o.put("read", read);
            o.put("of", toRead);
        }
        return o;
    }

    /**
     * Reads the corpus on a thread of its own, so that the first view does not wait for it all (minutes for a store
     * of 100,000 articles); a failure is logged, and the next view tries again.
     */
    void warmUp() {
        Thread.ofPlatform().daemon().name("factline-corpus").start(() -> {
            try {
                view(null);
            } catch (RuntimeException e) {
                LOG.warn("could not read the corpus ahead of the first view: {}", e.getMessage());
            }
        });
    }

    private void forget() {
        all = null;
        asOf.clear();
        state = analyses == null ? "not read" : "changed";
    }
}
