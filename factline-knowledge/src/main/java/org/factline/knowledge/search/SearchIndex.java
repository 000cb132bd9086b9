package org.factline.knowledge.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The search index: the articles, claims and events of the store as {@link SearchDocument}s, found by words,
 * names in any spelling, kind, date and language.
 *
 * <pre>{@code
 * try (SearchIndex index = SearchIndex.open(SearchIndex.folderIn(dataDir))) {
 *     index.replace(article.id(), SearchDocuments.of(analysis));
 *     SearchResults found = index.search(SearchQuery.of("Koursk").kinds(Kind.CLAIM));
 * }
 * }</pre>
 *
 * <p>The index follows the store one article at a time: {@link #replace} swaps all of an article's documents at
 * once, so a search sees an article's old documents or its new ones, never a mix; the next search of this index
 * sees the change. Changes are committed to the folder at most {@value #COMMIT_SECONDS} second after they are
 * made, by {@link #commit}, and by {@link #close}: committing after each article would cost more than reading it.
 * A crash can thus lose the last second of changes, which {@code factline reindex} ({@link #rebuild}) restores from
 * the store.
 *
 * <p>Threads may share an index: writes take turns, searches run side by side. One process at a time may open a
 * folder for writing (Lucene's {@code write.lock}); others may still {@linkplain #openForReading read} it and see
 * what was committed. Failures are unchecked {@link SearchIndexException}s whose messages name the folder; bad
 * queries are {@link IllegalArgumentException}s whose messages can be shown as they are.
 */
public final class SearchIndex implements AutoCloseable {

    /** The index's folder inside a data folder. */
    public static final String FOLDER = "index";

    /** How long a change may wait before it is committed to the folder. */
    public static final int COMMIT_SECONDS = 1;

    /**
     * In each commit's data: whether its writer was still {@value #WRITING} or {@value #CLOSED}. A last commit that
     * says writing was made by a process that never closed the index: it was killed, and lost what it wrote since.
     */
    private static final String WRITER_KEY = "factline.writer";
    private static final String WRITING = "writing";
    private static final String CLOSED = "closed";

    private final Directory directory;
    private final String description;
    private final Analyzer analyzer;
    /** Null when opened for reading only. Guarded by {@code this}, like {@link #lastCommit}. */
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    private long lastCommit = System.nanoTime();
    /** Held while searchers are refreshed, and while a rebuild begins: a refresh never sees half a rebuild. */
    private final Object refreshing = new Object();
    /** How many writes were made; searchers show at least the first {@link #refreshed} of them. */
    private final AtomicLong written = new AtomicLong();
    private volatile long refreshed;
    private volatile boolean rebuilding;
    private volatile boolean closed;
    private final boolean interrupted;

    private SearchIndex(Directory directory, String description, Analyzer analyzer, IndexWriter writer,
                        SearcherManager searchers, boolean interrupted) {
        this.directory = directory;
        this.description = description;
        this.analyzer = analyzer;
        this.writer = writer;
        this.searchers = searchers;
        this.interrupted = interrupted;
    }

    /** The index folder of a data folder: {@code DATA/index}. */
    public static Path folderIn(Path dataDir) {
        return dataDir.resolve(FOLDER);
    }

    /**
     * Opens the index in {@code folder} for reading and writing, creating the folder and an empty index as needed.
     *
     * @throws SearchIndexException if another process has it open for writing, if the folder cannot be used, or
     *                              if the index there cannot be read (then {@link #recreate} it)
     */
    public static SearchIndex open(Path folder) {
        try {
            return writing(IndexFolder.forWriting(folder), folder, OpenMode.CREATE_OR_APPEND);
        } catch (IOException e) {
            throw IndexFolder.unreadable(folder, e);
        }
    }

    /**
     * Opens the folder for writing with an empty index, whatever was there: an index of another version of
     * Factline, or a damaged one. For {@code factline reindex}, followed by {@link #rebuild}.
     *
     * @throws SearchIndexException if another process has it open for writing, or the folder cannot be used
     */
    public static SearchIndex recreate(Path folder) {
        try {
            return writing(IndexFolder.forWritingAnew(folder), folder, OpenMode.CREATE);
        } catch (LockObtainFailedException e) {
            throw IndexFolder.locked(folder, e);
        } catch (IOException e) {
            throw IndexFolder.unreadable(folder, e);
        }
    }

    /**
     * Whether {@code folder} holds an index, of this version of Factline or another, readable or damaged: false
     * when nothing was ever indexed there. Tells "run factline ingest or reindex first" apart from the failures
     * {@link #openForReading} reports.
     *
     * @throws SearchIndexException if the folder cannot be read
     */
    public static boolean exists(Path folder) {
        try {
            return IndexFolder.holdsIndex(folder);
        } catch (IOException e) {
            throw IndexFolder.unreadable(folder, e);
        }
    }

    /**
     * Opens the index in {@code folder} for searching only, while another process may write to it; each search
     * sees what was last committed.
     *
     * @throws SearchIndexException if there is no index there, or it cannot be read
     */
    public static SearchIndex openForReading(Path folder) {
        Directory directory;
        try {
            directory = IndexFolder.forReading(folder);
        } catch (IOException e) {
            throw IndexFolder.unreadable(folder, e);
        }
        try {
            return new SearchIndex(directory, describe(folder), IndexFields.analyzer(), null,
                    new SearcherManager(directory, null), false);
        } catch (IOException e) {
            closeQuietly(directory);
            throw IndexFolder.unreadable(folder, e);
        }
    }

    /** An index in memory, gone when closed: for tests and one-off runs. */
    public static SearchIndex inMemory() {
        try {
            return withWriter(new ByteBuffersDirectory(), "search index in memory", OpenMode.CREATE);
        } catch (IOException e) {
            throw new SearchIndexException("Cannot create a search index in memory: " + e.getMessage(), e);
        }
    }

    private static SearchIndex writing(Directory directory, Path folder, OpenMode mode) {
        try {
            return withWriter(directory, describe(folder), mode);
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw IndexFolder.locked(folder, e);
        } catch (IOException e) {
            closeQuietly(directory);
            throw IndexFolder.unreadable(folder, e);
        }
    }

    private static SearchIndex withWriter(Directory directory, String description, OpenMode mode)
            throws IOException {
        Analyzer analyzer = IndexFields.analyzer();
        boolean interrupted = mode != OpenMode.CREATE && leftWriting(directory);
        IndexWriter writer = newWriter(directory, analyzer, mode);
        try {
            if (mode == OpenMode.CREATE || !DirectoryReader.indexExists(directory)) {
                writer.commit(); // the folder holds an index, if an empty one, for readers in other processes
            }
            return new SearchIndex(directory, description, analyzer, writer, new SearcherManager(writer, null),
                    interrupted);
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            throw e;
        }
    }

    private static IndexWriter newWriter(Directory directory, Analyzer analyzer, OpenMode mode) throws IOException {
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(mode));
        writer.setLiveCommitData(commitData(WRITING));
        return writer;
    }

    /** What each commit records: the schema, and whether its writer was still writing or closing. */
    private static Iterable<Map.Entry<String, String>> commitData(String writerState) {
        return Map.of(IndexFields.SCHEMA_KEY, IndexFields.SCHEMA, WRITER_KEY, writerState).entrySet();
    }

    /** Whether the last commit in {@code directory} was made by a writer that went on writing, and was never closed. */
    private static boolean leftWriting(Directory directory) throws IOException {
        return DirectoryReader.indexExists(directory)
                && WRITING.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(WRITER_KEY));
    }

    /**
     * Replaces every document of the article with {@code documents} (none to remove it), all at once.
     *
     * @throws IllegalArgumentException if a document belongs to another article, or two have the same id
     */
    public synchronized void replace(String articleId, List<SearchDocument> documents) {
        List<Document> lucene = new ArrayList<>(documents.size());
        Set<String> ids = new HashSet<>();
        for (SearchDocument d : documents) {
            if (!d.articleId().equals(articleId)) {
                throw new IllegalArgumentException("Document " + d.id() + " belongs to article " + d.articleId()
                        + ", not to " + articleId);
            }
            if (!ids.add(d.id())) {
                throw new IllegalArgumentException("Two documents of article " + articleId + " have the id " + d.id());
            }
            lucene.add(IndexFields.toLucene(d));
        }
        write("index article " + articleId, w -> {
            if (lucene.isEmpty()) {
                w.deleteDocuments(articleTerm(articleId)); // updateDocuments with no document trips a Lucene assertion
            } else {
                w.updateDocuments(articleTerm(articleId), lucene);
            }
        });
    }

    /** Removes every document of the article; nothing happens if there is none. */
    public synchronized void deleteArticle(String articleId) {
        write("remove article " + articleId, w -> w.deleteDocuments(articleTerm(articleId)));
    }

    /** Removes every document. */
    public synchronized void clear() {
        write("clear", IndexWriter::deleteAll);
    }

    /** Whether it takes changes: not once closed, nor once a failure it cannot undo (a full disk) stopped its writer. */
    public boolean writable() {
        IndexWriter w = writer;
        return !closed && w != null && w.isOpen();
    }

    /** Commits every change to the folder now. */
    public synchronized void commit() {
        IndexWriter w = writer();
        try {
            commitNow(w);
        } catch (IOException e) {
            throw new SearchIndexException("Could not commit the " + description + ": " + e.getMessage(), e);
        } catch (AlreadyClosedException e) {
            throw stopped("commit", w, e);
        }
    }

    /**
     * Makes the index anew from {@code documents}, read one at a time, telling {@code progress} how many are
     * done; commits it. Searches see the old index until the new one is complete; if reading or indexing fails,
     * the old index stays as it was.
     *
     * <p>Nothing of the stream is kept in memory beyond Lucene's buffer: a document with the id of an earlier one
     * replaces it rather than being checked against a set of every id.
     *
     * @return how many documents were read
     */
    public synchronized long rebuild(Iterator<SearchDocument> documents, LongConsumer progress) {
        IndexWriter w = writer();
        long done = 0;
        try {
            commitNow(w); // what was written before is kept whatever becomes of the rebuild
            synchronized (refreshing) {
                rebuilding = true;
                refresh();
            }
            w.deleteAll();
            while (documents.hasNext()) {
                SearchDocument d = documents.next();
                w.updateDocument(new Term(IndexFields.ID, d.id()), IndexFields.toLucene(d));
                progress.accept(++done);
            }
            commitNow(w);
            written.incrementAndGet();
            rebuilding = false;
            return done;
        } catch (IOException e) {
            undo(w, e);
            throw new SearchIndexException("Could not rebuild the " + description + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            undo(w, e);
            throw e;
        }
    }

    /**
     * The documents that match the query, best first.
     *
     * @throws IllegalArgumentException if the text has nothing to search for or is too complex
     */
    public SearchResults search(SearchQuery query) {
        Query words = query.hasText() ? UserQuery.parse(query.text(), analyzer) : null;
        IndexSearcher searcher = acquire();
        try {
            return new Searching(searcher).run(query, words);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new IllegalArgumentException("The query \"" + query.text().strip() + "\" is too complex: use fewer"
                    + " words, fewer * and ~", e);
        } catch (IOException e) {
            throw new SearchIndexException("Could not search the " + description + ": " + e.getMessage(), e);
        } finally {
            release(searcher);
        }
    }

    /** How many documents the index holds. */
    public long count() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    /** Where the index is, for messages: "search index in /home/me/factline-data/index". */
    public String describe() {
        return description;
    }

    /**
     * Whether the process that last wrote to the index stopped without closing it (it was killed): what it wrote in
     * its last {@value #COMMIT_SECONDS} s is not in the index. Known when opened for writing.
     */
    public boolean interrupted() {
        return interrupted;
    }

    /** Commits every change and releases the folder's lock. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (writer != null) {
                if (writer.isOpen()) {
                    writer.setLiveCommitData(commitData(CLOSED), true); // the last commit says it was closed
                }
                writer.close();
            }
            searchers.close();
            directory.close();
        } catch (IOException e) {
            throw new SearchIndexException("Could not close the " + description + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "SearchIndex[" + description + "]";
    }

    private interface Write {
        void apply(IndexWriter writer) throws IOException;
    }

    /** Applies {@code change}, lets the next search see it, and commits if the last commit is old enough. */
    private void write(String action, Write change) {
        IndexWriter w = writer();
        try {
            change.apply(w);
            written.incrementAndGet();
            if (System.nanoTime() - lastCommit >= TimeUnit.SECONDS.toNanos(COMMIT_SECONDS)) {
                commitNow(w);
            }
        } catch (IOException e) {
            throw new SearchIndexException("Could not " + action + " in the " + description + ": " + e.getMessage(),
                    e);
        } catch (AlreadyClosedException e) {
            throw stopped(action, w, e);
        }
    }

    /**
     * Lucene closes its writer after a failure it cannot undo (a full disk), and every later change meets "this
     * IndexWriter is closed": say what the failure was. What was committed before it stays searchable.
     */
    private SearchIndexException stopped(String action, IndexWriter w, AlreadyClosedException e) {
        Throwable tragic = w.getTragicException();
        String why = tragic == null ? e.getMessage() : "it takes no more changes since one failed: " + tragic.getMessage();
        return new SearchIndexException("Could not " + action + " in the " + description + ": " + why
                + " (factline reindex makes it anew from the store)", e);
    }

    private void commitNow(IndexWriter w) throws IOException {
        w.commit();
        lastCommit = System.nanoTime();
    }

    /** Drops what a failed rebuild wrote. Lucene's rollback closes the writer, so a new one follows. */
    private void undo(IndexWriter w, Exception failure) {
        try {
            w.rollback();
            IndexWriter fresh = newWriter(directory, analyzer, OpenMode.APPEND);
            SearcherManager old = searchers;
            writer = fresh;
            searchers = new SearcherManager(fresh, null);
            old.close();
        } catch (IOException e) {
            failure.addSuppressed(e); // writes now fail, as the writer is closed; searches go on
        } finally {
            rebuilding = false;
        }
    }

    private IndexWriter writer() {
        if (closed) {
            throw new IllegalStateException("The " + description + " is closed");
        }
        if (writer == null) {
            throw new IllegalStateException("The " + description + " was opened for reading only");
        }
        return writer;
    }

    private IndexSearcher acquire() {
        if (closed) {
            throw new IllegalStateException("The " + description + " is closed");
        }
        try {
            if (writer == null) {
                searchers.maybeRefresh(); // another process writes: look for its last commit
            } else if (written.get() > refreshed && !rebuilding) {
                // A search sees every write made before it began, by whichever thread: it waits for a refresh
                // under way, and starts one if that did not cover them.
                synchronized (refreshing) {
                    if (!rebuilding) {
                        refresh();
                    }
                }
            }
            return searchers.acquire();
        } catch (IOException e) {
            throw new SearchIndexException("Could not read the " + description + ": " + e.getMessage(), e);
        }
    }

    /** Lets searches see what was written. Called holding {@link #refreshing}. */
    private void refresh() throws IOException {
        long target = written.get();
        if (target > refreshed) {
            searchers.maybeRefreshBlocking();
            refreshed = target;
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new SearchIndexException("Could not release a reader of the " + description + ": "
                    + e.getMessage(), e);
        }
    }

    private static Term articleTerm(String articleId) {
        return new Term(IndexFields.ARTICLE, articleId);
    }

    private static String describe(Path folder) {
        return "search index in " + folder;
    }

    private static void closeQuietly(Directory directory) {
        try {
            directory.close();
        } catch (IOException ignored) {
            // Nothing was written through it.
        }
    }
}
