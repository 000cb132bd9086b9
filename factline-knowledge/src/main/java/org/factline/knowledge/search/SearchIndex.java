package org.factline.knowledge.search;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
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
 * once and commits, so a search sees an article's old documents or its new ones, never a mix, and what it sees
 * survives a crash. {@link #rebuild} makes the whole index anew from a stream of documents.
 *
 * <p>Threads may share an index: writes take turns, searches run side by side and see every committed write.
 * One process at a time may open a folder for writing (Lucene's {@code write.lock}); others may still
 * {@linkplain #openForReading read} it. Failures are unchecked {@link SearchIndexException}s whose messages name
 * the folder; bad queries are {@link IllegalArgumentException}s whose messages can be shown as they are.
 */
public final class SearchIndex implements AutoCloseable {

    /** The index's folder inside a data folder. */
    public static final String FOLDER = "index";

    private final Directory directory;
    private final String description;
    private final Analyzer analyzer;
    private volatile IndexWriter writer;
    private final SearcherManager searchers;
    private volatile boolean closed;

    private SearchIndex(Directory directory, String description, Analyzer analyzer, IndexWriter writer,
                        SearcherManager searchers) {
        this.directory = directory;
        this.description = description;
        this.analyzer = analyzer;
        this.writer = writer;
        this.searchers = searchers;
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
        return openWriting(folder, OpenMode.CREATE_OR_APPEND);
    }

    /**
     * Opens the folder for writing with an empty index, whatever was there: an index of another version of
     * Factline, or a damaged one. For {@code factline reindex}, followed by {@link #rebuild}.
     */
    public static SearchIndex recreate(Path folder) {
        return openWriting(folder, OpenMode.CREATE);
    }

    /**
     * Opens the index in {@code folder} for searching only, while another process may write to it; each search
     * sees what was last committed.
     *
     * @throws SearchIndexException if there is no index there, or it cannot be read
     */
    public static SearchIndex openForReading(Path folder) {
        String description = describe(folder);
        Directory directory = null;
        try {
            directory = FSDirectory.open(folder);
            if (!Files.isDirectory(folder) || !DirectoryReader.indexExists(directory)) {
                throw new SearchIndexException("There is no search index in " + folder
                        + " yet: it is made as articles are stored, or by factline reindex");
            }
            checkSchema(directory, folder);
            Analyzer analyzer = IndexFields.analyzer();
            return new SearchIndex(directory, description, analyzer, null, new SearcherManager(directory, null));
        } catch (IOException e) {
            closeQuietly(directory);
            throw unreadable(folder, e);
        } catch (RuntimeException e) {
            closeQuietly(directory);
            throw e;
        }
    }

    /** An index in memory, gone when closed: for tests and one-off runs. */
    public static SearchIndex inMemory() {
        Directory directory = new ByteBuffersDirectory();
        try {
            return withWriter(directory, "search index in memory", OpenMode.CREATE);
        } catch (IOException e) {
            throw new SearchIndexException("Cannot create a search index in memory: " + e.getMessage(), e);
        }
    }

    private static SearchIndex openWriting(Path folder, OpenMode mode) {
        prepare(folder);
        Directory directory = null;
        try {
            directory = FSDirectory.open(folder);
            if (mode == OpenMode.CREATE_OR_APPEND && DirectoryReader.indexExists(directory)) {
                checkSchema(directory, folder);
            }
            if (mode == OpenMode.CREATE) {
                deleteIfUnreadable(directory);
            }
            return withWriter(directory, describe(folder), mode);
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw new SearchIndexException("Cannot open the search index in " + folder + " for writing: another "
                    + "factline command is using it (it holds " + folder.resolve(IndexWriter.WRITE_LOCK_NAME)
                    + "). Wait for it to finish; searching needs no lock.", e);
        } catch (IOException e) {
            closeQuietly(directory);
            throw unreadable(folder, e);
        } catch (RuntimeException e) {
            closeQuietly(directory);
            throw e;
        }
    }

    /**
     * Deletes the index files of a damaged index or one of another Lucene version, which even a writer that
     * starts anew refuses to open; holds the folder's lock while it does.
     */
    private static void deleteIfUnreadable(Directory directory) throws IOException {
        try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            if (!DirectoryReader.indexExists(directory)) {
                return;
            }
            try {
                SegmentInfos.readLatestCommit(directory);
                return;
            } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
                     | EOFException e) {
                // Unreadable: start anew below.
            }
            for (String file : directory.listAll()) {
                if (file.startsWith(IndexFileNames.SEGMENTS) || file.startsWith(IndexFileNames.PENDING_SEGMENTS)
                        || IndexFileNames.CODEC_FILE_PATTERN.matcher(file).matches()) {
                    directory.deleteFile(file);
                }
            }
        }
    }

    private static SearchIndex withWriter(Directory directory, String description, OpenMode mode)
            throws IOException {
        Analyzer analyzer = IndexFields.analyzer();
        IndexWriter writer = newWriter(directory, analyzer, mode);
        try {
            if (mode == OpenMode.CREATE || !DirectoryReader.indexExists(directory)) {
                writer.commit(); // searchers need a commit to open, also of an empty index
            }
            return new SearchIndex(directory, description, analyzer, writer, new SearcherManager(directory, null));
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            throw e;
        }
    }

    private static IndexWriter newWriter(Directory directory, Analyzer analyzer, OpenMode mode) throws IOException {
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(mode));
        writer.setLiveCommitData(Map.of(IndexFields.SCHEMA_KEY, IndexFields.SCHEMA).entrySet());
        return writer;
    }

    /**
     * Replaces every document of the article with {@code documents} (none to remove it), in one commit.
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

    /**
     * Makes the index anew from {@code documents}, read one at a time, telling {@code progress} how many are
     * done. Searches see the old index until the new one is complete; if reading or indexing fails, the old index
     * stays as it was.
     *
     * @return how many documents the index now holds
     * @throws IllegalArgumentException if two documents have the same id
     */
    public synchronized long rebuild(Iterator<SearchDocument> documents, LongConsumer progress) {
        IndexWriter w = writer();
        long done = 0;
        Set<String> ids = new HashSet<>();
        try {
            w.deleteAll();
            while (documents.hasNext()) {
                SearchDocument d = documents.next();
                if (!ids.add(d.id())) {
                    throw new IllegalArgumentException("Two documents have the id " + d.id());
                }
                w.addDocument(IndexFields.toLucene(d));
                progress.accept(++done);
            }
            w.commit();
            searchers.maybeRefreshBlocking();
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

    /** Commits what was written and releases the folder's lock. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (writer != null) {
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

    /** Applies {@code change}, commits it and lets searches see it. */
    private void write(String action, Write change) {
        IndexWriter w = writer();
        try {
            change.apply(w);
            w.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new SearchIndexException("Could not " + action + " in the " + description + ": " + e.getMessage(),
                    e);
        }
    }

    /** Drops what was written since the last commit. Lucene's rollback closes the writer, so a new one follows. */
    private void undo(IndexWriter w, Exception failure) {
        try {
            w.rollback();
            writer = newWriter(directory, analyzer, OpenMode.APPEND);
        } catch (IOException e) {
            failure.addSuppressed(e); // writes now fail as the writer is closed; searches go on
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
            }
            return searchers.acquire();
        } catch (IOException e) {
            throw new SearchIndexException("Could not read the " + description + ": " + e.getMessage(), e);
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

    private static void checkSchema(Directory directory, Path folder) throws IOException {
        String schema = SegmentInfos.readLatestCommit(directory).getUserData().get(IndexFields.SCHEMA_KEY);
        if (!IndexFields.SCHEMA.equals(schema)) {
            throw new SearchIndexException("The search index in " + folder + " was made by another version of "
                    + "Factline (schema " + schema + ", this one reads " + IndexFields.SCHEMA + "): rebuild it with "
                    + "factline reindex");
        }
    }

    private static String describe(Path folder) {
        return "search index in " + folder;
    }

    private static void prepare(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new SearchIndexException("Cannot use " + folder + " as the search index folder: it is a file");
        }
        try {
            Files.createDirectories(folder);
        } catch (AccessDeniedException e) {
            throw new SearchIndexException("Cannot use " + folder + " as the search index folder: permission denied"
                    + " on " + e.getFile(), e);
        } catch (FileSystemException e) {
            throw new SearchIndexException("Cannot use " + folder + " as the search index folder: " + e.getFile()
                    + (e.getReason() == null ? "" : ": " + e.getReason()), e);
        } catch (IOException e) {
            throw new SearchIndexException("Cannot use " + folder + " as the search index folder: " + e, e);
        }
    }

    private static SearchIndexException unreadable(Path folder, IOException e) {
        String why = switch (e) {
            case CorruptIndexException corrupt -> "it is damaged";
            case IndexFormatTooOldException old -> "it was made by an older Lucene";
            case IndexFormatTooNewException tooNew -> "it was made by a newer Lucene";
            case AccessDeniedException denied -> "permission denied on " + denied.getFile();
            default -> e.getMessage();
        };
        return new SearchIndexException("Cannot read the search index in " + folder + ": " + why
                + "; rebuild it with factline reindex", e);
    }

    private static void closeQuietly(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException ignored) {
                // Nothing was written through it.
            }
        }
    }
}
