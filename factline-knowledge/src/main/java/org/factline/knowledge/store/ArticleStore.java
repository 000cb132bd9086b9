package org.factline.knowledge.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.factline.model.Analysis;
import org.factline.model.Article;
import org.factline.model.PublicationDate;
import org.factline.model.Sentence;
import org.flywaydb.core.api.FlywayException;

/**
 * Every ingested article, kept whole: in an H2 database in a data folder, or in PostgreSQL.
 *
 * <pre>{@code
 * try (ArticleStore store = ArticleStore.open(StoreConfig.defaults())) {
 *     if (store.put(article) == PutResult.NEW) { ... }
 *     store.get("3f9a1c").ifPresent(a -> ...);
 * }
 * }</pre>
 *
 * <p>An article's analysis (its layers: entities, mentions, time expressions, claims, events, figures) is
 * stored beside it with {@link #putAnalysis}, which replaces an earlier analysis of the article atomically,
 * and read back with {@link #analysis}; {@link #needsAnalysis} tells whether the stored one was made by
 * the running extractor.
 *
 * <p>Each article is stored in one transaction: an article that fails leaves no trace and takes nothing
 * else with it, so a batch goes on after a bad article. Storing the same id again changes nothing, also when
 * two processes store it at the same moment.
 *
 * <p>A store holds one connection; its methods are synchronized, so threads may share it but take turns. Before each
 * operation it checks the connection and, when it was lost (a database server restarted), makes a new one.
 * Failures are unchecked {@link StoreException}s whose messages name the store and can be shown as they are; a
 * {@link StoreUnavailableException} when the store as a whole cannot be used (unreachable, disk full or read-only).
 */
public final class ArticleStore implements AutoCloseable {

    /** The shortest id prefix {@link #get} accepts: short prefixes would match by accident. */
    public static final int MIN_PREFIX = 6;

    /** How many candidates an {@link AmbiguousArticleException} lists. */
    static final int MAX_CANDIDATES = 20;

    /** Undated articles last; then by date, name and id, the same on every backend whatever its collation. */
    private static final Comparator<ArticleSummary> LISTING_ORDER = Comparator
            .comparing((ArticleSummary s) -> s.published() == null ? null : s.published().earliestDay(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(s -> s.published() == null ? null : s.published().precision(),
                    Comparator.nullsLast(Comparator.<PublicationDate.Precision>naturalOrder()))
            .thenComparing(ArticleSummary::doc)
            .thenComparing(ArticleSummary::id);

    private final Database database;
    /** For an H2 file; null for PostgreSQL, which reclaims space itself. */
    private final H2Compaction compaction;
    private Connection connection;

    private ArticleStore(Database database, Connection connection) {
        this.database = database;
        this.connection = connection;
        this.compaction = database.backend == Backend.H2 ? new H2Compaction() : null;
    }

    /**
     * Opens the store, creating the data folder and bringing the schema up to date as needed.
     *
     * @throws StoreException if the folder cannot be used or the database cannot be reached or migrated
     */
    public static ArticleStore open(StoreConfig config) {
        Database database = Database.of(config);
        Connection connection;
        try {
            connection = database.connect();
        } catch (SQLException e) {
            throw failure("Cannot open the store " + database.describe() + ": " + SqlFailures.reason(e), e);
        }
        try {
            database.migrate();
        } catch (FlywayException e) {
            closeQuietly(connection);
            throw new StoreException("Cannot prepare the tables of the store " + database.describe() + ": "
                    + e.getMessage(), e);
        }
        return new ArticleStore(database, connection);
    }

    /**
     * Stores the article unless one with the same id is there already.
     *
     * @throws StoreException if it cannot be stored; nothing of it is then stored
     */
    public synchronized PutResult put(Article article) {
        StorableText.require(article);
        // Microseconds: the finest both backends keep, so the time reads back as it was written.
        Instant ingestedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return inWriteTransaction("store article " + article.id() + " (" + article.doc() + ")", 1,
                c -> insertIfNew(c, article, ingestedAt));
    }

    private static PutResult insertIfNew(Connection c, Article article, Instant ingestedAt) throws SQLException {
        // Looking first spares the exception (and PostgreSQL's error log line) when re-ingesting a corpus;
        // the insert still detects an id that another process stores in between.
        if (ArticleReader.exists(c, article.id())) {
            return PutResult.DUPLICATE;
        }
        return ArticleWriter.insert(c, article, ingestedAt) ? PutResult.NEW : PutResult.DUPLICATE;
    }

    /**
     * The article with this id; else the one whose id starts with it (at least {@value #MIN_PREFIX}
     * characters); else the one with this doc name.
     *
     * @throws AmbiguousArticleException if several articles match the prefix or the doc name
     */
    public synchronized Optional<Article> get(String idOrPrefixOrDoc) {
        return inTransaction("look up article " + idOrPrefixOrDoc, c -> {
            Optional<String> id = resolve(c, idOrPrefixOrDoc);
            return id.isEmpty() ? Optional.<Article>empty() : ArticleReader.article(c, id.get());
        });
    }

    /**
     * Stores what the pipeline found in an article, replacing what an earlier analysis of it stored: its
     * previous layers are deleted and the new ones inserted in one transaction, so that a failure leaves
     * the previous layers as they were and a reader never sees a mix of the two.
     *
     * <p>Every layer is stored except the tokens, which are counted only: they are the linguistic layer's
     * working material, many times larger than the rest, and can be recomputed from the text. Sentences
     * are stored with their token ranges.
     *
     * @param analysis         the analysis of an article already in the store, pointing into its stored text
     * @param extractorVersion the fingerprint of the extraction code and data that made it (at most
     *                         {@value StorableAnalysis#MAX_EXTRACTOR} characters), compared by
     *                         {@link #needsAnalysis}
     * @throws StoreException if the analysis cannot be stored: a span outside the text, a missing field, a
     *                        link to a claim or event that is not there, an article that is not stored or
     *                        is stored with another text; the previous layers are then kept
     */
    public synchronized void putAnalysis(Analysis analysis, String extractorVersion) {
        StorableAnalysis.require(analysis, extractorVersion);
        Instant analysedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Article a = analysis.article();
        inWriteTransaction("store the analysis of article " + a.id() + " (" + a.doc() + ")", 1, c -> {
            AnalysisWriter.replace(c, analysis, extractorVersion, analysedAt);
            return null;
        });
    }

    /** An article for {@link #putAll}, with the analysis to store and the extractor that made it, or without. */
    public record Entry(Article article, Analysis analysis, String extractorVersion) {
        public Entry {
            Objects.requireNonNull(article, "article");
            if (analysis != null && analysis.article() != article) {
                throw new IllegalArgumentException("the analysis of " + analysis.article().id()
                        + " given with article " + article.id());
            }
        }
    }

    /** What {@link #putAll} did with an entry's analysis. */
    public enum Analysed {
        /** The entry had none. */
        NONE,
        STORED,
        /** The stored one was made by the same extractor version: kept. */
        UP_TO_DATE,
        /** It could not be stored (the article was); {@link Outcome#failure} says why. */
        FAILED
    }

    /**
     * What {@link #putAll} did with an entry: {@code article} is null when the article could not be stored, and
     * {@code failure} says why it or its analysis could not.
     */
    public record Outcome(PutResult article, Analysed analysis, String failure) {
    }

    /**
     * Stores many articles and their analyses as one transaction, which for a large corpus is much faster than a
     * transaction each and grows an H2 file much less (each commit writes a new copy of every page it changed).
     * Each entry is stored as {@link #put} stores an article and, when {@link #needsAnalysis}, as
     * {@link #putAnalysis} stores an analysis, each within a savepoint: an article or analysis that cannot be
     * stored is left out alone, and its outcome says why. None of the batch is stored until the call returns.
     *
     * @return the outcomes, in the order of the entries
     * @throws StoreException if the batch cannot be committed or the store as a whole fails; then none of it is
     *                        stored
     */
    public synchronized List<Outcome> putAll(List<Entry> entries) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return inWriteTransaction("store " + entries.size() + " articles", entries.size(), c -> {
            List<Outcome> outcomes = new ArrayList<>(entries.size());
            for (Entry entry : entries) {
                Article article = entry.article();
                String what = "article " + article.id() + " (" + article.doc() + ")";
                String failure = attempt(c, "Could not store " + what, () -> StorableText.require(article));
                if (failure != null) {
                    outcomes.add(new Outcome(null, null, failure));
                    continue;
                }
                PutResult put = insertIfNew(c, article, now);
                if (entry.analysis() == null) {
                    outcomes.add(new Outcome(put, Analysed.NONE, null));
                    continue;
                }
                if (!needsAnalysis(c, article.id(), entry.extractorVersion())) {
                    outcomes.add(new Outcome(put, Analysed.UP_TO_DATE, null));
                    continue;
                }
                failure = attempt(c, "Could not store the analysis of " + what, () -> {
                    StorableAnalysis.require(entry.analysis(), entry.extractorVersion());
                    AnalysisWriter.replace(c, entry.analysis(), entry.extractorVersion(), now);
                });
                outcomes.add(new Outcome(put, failure == null ? Analysed.STORED : Analysed.FAILED, failure));
            }
            return outcomes;
        });
    }

    private interface Step {
        void run() throws SQLException;
    }

    /**
     * Runs a step of a batch in a savepoint: null if it succeeded, else why it failed, with what it wrote rolled
     * back. A failure of the store as a whole is thrown, to fail the batch.
     */
    private String attempt(Connection c, String action, Step step) throws SQLException {
        Savepoint before = c.setSavepoint();
        try {
            step.run();
            return null;
        } catch (SQLException e) {
            if (SqlFailures.wholeStore(e)) {
                throw e;
            }
            c.rollback(before);
            return action + " in " + describe() + ": " + SqlFailures.reason(e);
        } catch (StoreException e) {
            c.rollback(before);
            return e.getMessage();
        }
    }

    /**
     * The stored analysis of the article {@link #get} finds for this key. It equals the analysis that was
     * stored except that it has no tokens ({@link Analysis#tokens()} is empty, so
     * {@link Analysis#tokens(Sentence)} cannot be used on it). It is always one whole analysis: a read
     * waits for a replacement under way to be committed.
     *
     * @return empty when there is no such article or it has not been analysed
     * @throws AmbiguousArticleException if several articles match the prefix or the doc name
     */
    public synchronized Optional<Analysis> analysis(String idOrPrefixOrDoc) {
        return inTransaction("read the analysis of article " + idOrPrefixOrDoc, c -> {
            Optional<String> id = resolve(c, idOrPrefixOrDoc);
            Optional<Article> article = id.isEmpty() ? Optional.empty() : ArticleReader.article(c, id.get());
            return article.isEmpty() ? Optional.<Analysis>empty() : AnalysisReader.analysis(c, article.get());
        });
    }

    /**
     * A page of a read of every stored analysis: up to {@code limit} analyses (without tokens) of the articles whose
     * ids come after {@code afterId} (from the first when null), in the database's order of ids; give the last id of
     * a page to get the next, until a page is empty. Each layer of a page's analyses is read by one statement, not
     * one per article (at 156,000 articles, reading them one by one took 11 minutes); each page is read in a
     * transaction of its own, so other work on the store goes on between pages.
     */
    public synchronized List<Analysis> analyses(String afterId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a page of analyses holds at least one, not " + limit);
        }
        return inTransaction("read the analyses after " + (afterId == null ? "the first" : "article " + afterId), c -> {
            List<String> ids = AnalysisReader.ids(c, afterId, limit);
            if (ids.isEmpty()) {
                return List.<Analysis>of();
            }
            String first = ids.getFirst();
            String last = ids.getLast();
            AnalysisReader.lock(c, first, last);
            return AnalysisReader.analyses(c, first, last, ArticleReader.articles(c, first, last));
        });
    }

    /**
     * A value that changes whenever an analysis is stored or replaced, by this process or any other on the same
     * database (how many there are, when the latest was made): for what keeps analyses read from the store.
     */
    public synchronized String analysesVersion() {
        return inTransaction("read how many analyses there are", AnalysisReader::version);
    }

    /** What is stored of the analysis of the article with exactly this id, without its layers. */
    public synchronized Optional<AnalysisSummary> analysisSummary(String articleId) {
        return inTransaction("read the analysis of article " + articleId, c -> AnalysisReader.summary(c, articleId));
    }

    /** Every analysed article: which extractor analysed it, when, and what it found; by article id. */
    public synchronized List<AnalysisSummary> analysedArticles() {
        return inTransaction("list analysed articles", AnalysisReader::all);
    }

    /**
     * Whether the article with this id has no stored analysis, or one made by another extractor version
     * than {@code extractorVersion}. An article that is not stored has none, so needs one.
     */
    public synchronized boolean needsAnalysis(String articleId, String extractorVersion) {
        return inTransaction("look up the analysis of article " + articleId,
                c -> needsAnalysis(c, articleId, extractorVersion));
    }

    private static boolean needsAnalysis(Connection c, String articleId, String extractorVersion) throws SQLException {
        Optional<String> stored = AnalysisReader.extractor(c, articleId);
        return stored.isEmpty() || !stored.get().equals(extractorVersion);
    }

    /** All articles, without their texts: by publication date (undated last), then doc name. */
    public synchronized List<ArticleSummary> list() {
        List<ArticleSummary> all = inTransaction("list articles", ArticleReader::all);
        return all.stream().sorted(LISTING_ORDER).toList();
    }

    public synchronized long count() {
        return inTransaction("count articles", ArticleReader::count);
    }

    /** How many articles have a stored analysis. */
    public synchronized long analysisCount() {
        return inTransaction("count analyses", AnalysisReader::count);
    }

    /** Where the store is, for messages: "H2 file /home/me/factline-data/factline.mv.db", "PostgreSQL host:5432/db". */
    public String describe() {
        return database.describe();
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            closeQuietly(connection);
            connection = null;
        }
    }

    @Override
    public String toString() {
        return "ArticleStore[" + describe() + "]";
    }

    private static Optional<String> resolve(Connection c, String key) throws SQLException {
        if (ArticleReader.exists(c, key)) {
            return Optional.of(key);
        }
        if (key.length() >= MIN_PREFIX) {
            Optional<String> byPrefix = single(key, ArticleReader.withIdPrefix(c, key, MAX_CANDIDATES + 1));
            if (byPrefix.isPresent()) {
                return byPrefix;
            }
        }
        return single(key, ArticleReader.withDoc(c, key, MAX_CANDIDATES + 1));
    }

    private static Optional<String> single(String key, List<ArticleSummary> matches) {
        if (matches.size() > 1) {
            boolean more = matches.size() > MAX_CANDIDATES;
            List<ArticleSummary> shown = matches.subList(0, Math.min(matches.size(), MAX_CANDIDATES));
            throw new AmbiguousArticleException(key, shown, more);
        }
        return matches.stream().findFirst().map(ArticleSummary::id);
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} as one transaction: committed if it returns, rolled back if it throws. */
    private <T> T inTransaction(String action, Work<T> work) {
        Connection c = connection();
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly(c, e);
            throw failure("Could not " + action + " in " + describe() + ": " + SqlFailures.reason(e), e);
        } catch (RuntimeException e) {
            rollbackQuietly(c, e);
            throw e;
        }
    }

    /** {@link #inTransaction}, for work that writes: the H2 file is compacted every so many of them. */
    private <T> T inWriteTransaction(String action, int writes, Work<T> work) {
        T result = inTransaction(action, work);
        if (compaction != null) {
            compaction.afterWrite(connection, writes);
        }
        return result;
    }

    /** The open connection, or a new one if it was lost (the process serving an H2 file exited, a server restarted). */
    private Connection connection() {
        if (connection == null) {
            throw new IllegalStateException("the store " + describe() + " is closed");
        }
        try {
            if (!connection.isValid(5)) {
                closeQuietly(connection);
                connection = database.connect();
            }
            return connection;
        } catch (SQLException e) {
            throw new StoreUnavailableException("Lost the connection to the store " + describe() + ": "
                    + SqlFailures.reason(e), e);
        }
    }

    /** A {@link StoreUnavailableException} when the store as a whole failed, else a failure of this operation. */
    private static StoreException failure(String message, SQLException e) {
        return SqlFailures.wholeStore(e) ? new StoreUnavailableException(message, e) : new StoreException(message, e);
    }

    private static void rollbackQuietly(Connection c, Exception failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Best effort: H2 and PostgreSQL roll back whatever was left open on a closed connection.
        }
    }
}
