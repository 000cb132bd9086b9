package org.factline.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factline.knowledge.search.SearchDocument;
import org.factline.knowledge.search.SearchDocuments;
import org.factline.knowledge.search.SearchIndex;
import org.factline.knowledge.search.SearchIndexException;
import org.factline.knowledge.store.ArticleStore;
import org.factline.model.Analysis;
import org.factline.model.Article;

/**
 * Keeps the search index in step with what an ingest stores: a new article is indexed alone as soon as it is
 * stored, so that its words can be searched while the analysis runs, and again with its claims and events once
 * its analysis is stored.
 *
 * <p>The store comes first: an article or an analysis that cannot be indexed, or an index that cannot be opened
 * at all (another factline command writing to it), is reported and costs nothing that was stored;
 * {@code factline reindex} makes the index from the store again.
 */
final class IndexUpdates implements AutoCloseable {

    private final SearchIndex index;
    /** Why the index could not be opened, or null. */
    private final String unavailable;
    /** Articles stored before this run in a store whose index was made by it: the index misses them. */
    private final long missed;
    /** The articles whose last update went in, and those whose last update failed, by id. */
    private final Set<String> indexed = new HashSet<>();
    private final Map<String, IngestRun.Failure> failed = new LinkedHashMap<>();
    /** Why the changes could not be committed, or null. */
    private String notSaved;
    /**
     * Why the index stopped taking changes during the run (a full disk, Lucene closed its writer), or null: the updates
     * after the one that failed are not tried.
     */
    private String stopped;
    /** The articles not indexed because the index had stopped. */
    private final Set<String> skipped = new HashSet<>();
    /** Articles indexed {@link #again}. */
    private int again;

    private IndexUpdates(SearchIndex index, String unavailable, long missed) {
        this.index = index;
        this.unavailable = unavailable;
        this.missed = missed;
    }

    /**
     * Opens the index of {@code store} in {@code folder} for writing; when it cannot be, the ingest goes on without
     * it and its summary says why.
     */
    static IndexUpdates open(Path folder, ArticleStore store) {
        try {
            long missed = SearchIndex.exists(folder) ? 0 : store.count();
            SearchIndex index = SearchIndex.open(folder);
            return new IndexUpdates(index, null, missed);
        } catch (SearchIndexException e) {
            return new IndexUpdates(null, reason(e), 0);
        }
    }

    /** Updates to an index already open, which {@link #close} closes. */
    static IndexUpdates of(SearchIndex index) {
        return new IndexUpdates(index, null, 0);
    }

    /** Indexes a newly stored article alone, its words without claims or events. */
    void article(Article article) {
        replace(article, List.of(SearchDocuments.of(article)));
    }

    /** Indexes an article with what its stored analysis found, replacing what the index held of it. */
    void analysis(Analysis analysis) {
        replace(analysis.article(), SearchDocuments.of(analysis));
    }

    /**
     * Whether the index was left by a process that was killed: what it indexed in its last second is missing, so an
     * article a run finds stored already must be indexed again ({@link #again}).
     */
    boolean interrupted() {
        return index != null && index.interrupted();
    }

    /** Indexes again an article found stored already, as stored, with its stored analysis if it has one. */
    void again(Article stored, Optional<Analysis> analysis) {
        if (analysis.isPresent()) {
            analysis(analysis.get());
        } else {
            article(stored);
        }
        again++;
    }

    private void replace(Article article, List<SearchDocument> documents) {
        if (index == null) {
            return;
        }
        if (stopped != null) {
            indexed.remove(article.id());
            if (!failed.containsKey(article.id())) {
                skipped.add(article.id());
            }
            return;
        }
        try {
            index.replace(article.id(), documents);
            indexed.add(article.id());
            failed.remove(article.id());
        } catch (RuntimeException e) {
            indexed.remove(article.id());
            failed.put(article.id(), new IngestRun.Failure(article.source().location() + " (" + article.doc() + ")",
                    reason(e)));
            if (!index.writable()) {
                stopped = reason(e);
            }
        }
    }

    /** Commits what was indexed, so that other processes see it; a failure is reported with the others. */
    void commit() {
        if (index == null || stopped != null) {
            return;
        }
        try {
            index.commit();
        } catch (RuntimeException e) {
            notSaved = reason(e);
        }
    }

    /**
     * Why the article is not in the index as last stored: its update failed, the index could not be opened, or the
     * changes could not be saved; null when it went in.
     */
    String notIndexed(String articleId) {
        IngestRun.Failure f = failed.get(articleId);
        if (f != null) {
            return f.reason();
        }
        if (unavailable != null) {
            return unavailable;
        }
        return stopped != null && !indexed.contains(articleId) ? stopped : notSaved;
    }

    boolean anyFailed() {
        return unavailable != null || stopped != null || notSaved != null || !failed.isEmpty();
    }

    /** Each failure, with its reason. */
    void reportFailures(PrintWriter err) {
        failed.values().forEach(f -> err.println("not indexed: " + f.location() + ": " + f.reason()));
        if (unavailable != null) {
            err.println("not indexed: " + unavailable);
        }
        if (stopped != null) {
            err.println("not indexed: the index took no more changes after that failure (and lost what it took in the "
                    + SearchIndex.COMMIT_SECONDS + " s before it): " + skipped.size() + " more article"
                    + (skipped.size() == 1 ? "" : "s"));
        }
        if (notSaved != null) {
            err.println("not indexed: the changes could not be saved: " + notSaved);
        }
    }

    /** The line of the ingest's summary about the index. */
    void summarise(PrintWriter out) {
        if (unavailable != null) {
            out.println("Search index: not updated; factline reindex makes it from the store once it can be opened.");
            return;
        }
        out.printf("Search index: %d article%s indexed, %d failed%s.%s%s%s%n", indexed.size(),
                indexed.size() == 1 ? "" : "s", failed.size(), stopped == null ? ""
                        : ", then it stopped taking changes (" + skipped.size() + " more not indexed)",
                missed > 0 ? " It was new, and misses the " + missed + " article" + (missed == 1 ? "" : "s")
                        + " stored before: run factline reindex." : "",
                interrupted() ? " The process that wrote to it before was killed before it closed it: the " + again
                        + " article" + (again == 1 ? "" : "s") + " read that were stored already were indexed again;"
                        + " factline reindex makes the whole index anew." : "",
                anyFailed() ? " Run factline reindex to index what failed." : "");
    }

    /** The index's own messages name its folder and say what to do; others are named by their class. */
    private static String reason(RuntimeException e) {
        return e instanceof SearchIndexException && e.getMessage() != null ? e.getMessage() : Analyser.reason(e);
    }

    @Override
    public void close() {
        if (index != null) {
            index.close();
        }
    }
}
