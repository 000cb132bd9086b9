package org.factline.knowledge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.factline.model.Article;
import org.factline.model.PublicationDate;
import org.factline.model.Removal;
import org.factline.model.Span;

/**
 * Writes an article's rows. All values go in as bound parameters. Committing or rolling back is left to the
 * caller, who makes the whole article one transaction.
 */
final class ArticleWriter {

    /** SQLSTATE for a unique constraint violation, on H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final String INSERT_ARTICLE = """
            INSERT INTO article (id, doc, source_location, source_format, title, url, outlet,
                language_code, language_confidence, language_stated, language_analysable,
                published_value, published_precision, published_basis, published_evidence,
                text, raw_text, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_SPAN =
            "INSERT INTO article_span (article_id, layer, ordinal, start_offset, end_offset) VALUES (?, ?, ?, ?, ?)";
    private static final String INSERT_REMOVAL =
            "INSERT INTO article_removal (article_id, ordinal, kind, removed_text) VALUES (?, ?, ?, ?)";
    private static final String INSERT_WARNING =
            "INSERT INTO article_warning (article_id, ordinal, message) VALUES (?, ?, ?)";

    static final String PARAGRAPH = "PARAGRAPH";
    static final String HEADING = "HEADING";
    static final String CAPTION = "CAPTION";

    private ArticleWriter() {
    }

    /**
     * Inserts the article and its lists. Returns false, with nothing written, when an article with the same id
     * is already there, possibly inserted by another process a moment ago: then the transaction is rolled back to
     * where it was before (PostgreSQL refuses any further statement in a transaction after an error), keeping what
     * it wrote before, as other articles of a {@link ArticleStore#putAll batch}.
     */
    static boolean insert(Connection connection, Article article, Instant ingestedAt) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try {
            insertArticleRow(connection, article, ingestedAt);
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                connection.rollback(before);
                return false;
            }
            throw e;
        }
        insertSpans(connection, article.id(), PARAGRAPH, article.paragraphs());
        insertSpans(connection, article.id(), HEADING, article.headings());
        insertSpans(connection, article.id(), CAPTION, article.captions());
        insertRemovals(connection, article.id(), article.removed());
        insertWarnings(connection, article.id(), article.warnings());
        return true;
    }

    private static void insertArticleRow(Connection connection, Article a, Instant ingestedAt) throws SQLException {
        PublicationDate published = a.published();
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ARTICLE)) {
            insert.setString(1, a.id());
            insert.setString(2, a.doc());
            insert.setString(3, a.source().location());
            insert.setString(4, a.source().format());
            insert.setString(5, a.title());
            insert.setString(6, a.url());
            insert.setString(7, a.outlet());
            insert.setString(8, a.language().code());
            insert.setDouble(9, a.language().confidence());
            insert.setBoolean(10, a.language().stated());
            insert.setBoolean(11, a.language().analysable());
            insert.setString(12, published == null ? null : published.value());
            insert.setString(13, published == null ? null : published.precision().name());
            insert.setString(14, published == null ? null : published.basis().name());
            insert.setString(15, published == null ? null : published.evidence());
            insert.setString(16, a.text());
            insert.setString(17, a.rawText());
            insert.setObject(18, OffsetDateTime.ofInstant(ingestedAt, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private static void insertSpans(Connection connection, String id, String layer, List<Span> spans)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_SPAN)) {
            for (int i = 0; i < spans.size(); i++) {
                insert.setString(1, id);
                insert.setString(2, layer);
                insert.setInt(3, i);
                insert.setInt(4, spans.get(i).start());
                insert.setInt(5, spans.get(i).end());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertRemovals(Connection connection, String id, List<Removal> removed) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_REMOVAL)) {
            for (int i = 0; i < removed.size(); i++) {
                Removal removal = removed.get(i);
                insert.setString(1, id);
                insert.setInt(2, i);
                insert.setString(3, removal.kind() == null ? null : removal.kind().name());
                insert.setString(4, removal.text());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertWarnings(Connection connection, String id, List<String> warnings) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_WARNING)) {
            for (int i = 0; i < warnings.size(); i++) {
                insert.setString(1, id);
                insert.setInt(2, i);
                insert.setString(3, warnings.get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
