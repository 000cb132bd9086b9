package org.factline.knowledge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factline.model.Article;
import org.factline.model.Language;
import org.factline.model.PublicationDate;
import org.factline.model.Removal;
import org.factline.model.Span;
import org.factline.model.SourceRef;

/** Reads articles and summaries back from their rows. All values go in as bound parameters. */
final class ArticleReader {

    private static final String SUMMARY_COLUMNS = """
            SELECT id, doc, title, outlet, url, published_value, published_precision, published_basis, published_evidence,
                language_code, language_confidence, language_stated, language_analysable,
                source_location, source_format, ingested_at
            FROM article""";

    private ArticleReader() {
    }

    static boolean exists(Connection connection, String id) throws SQLException {
        return !strings(connection, "SELECT id FROM article WHERE id = ?", id).isEmpty();
    }

    static long count(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM article");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    static List<ArticleSummary> all(Connection connection) throws SQLException {
        return summaries(connection, SUMMARY_COLUMNS);
    }

    /** Up to {@code limit} articles whose id starts with {@code prefix}, by id. */
    static List<ArticleSummary> withIdPrefix(Connection connection, String prefix, int limit) throws SQLException {
        // LEFT() rather than LIKE, so that '%' and '_' in ids need no escaping. H2 orders strings by their UTF-16
        // units, so the ids that start with the prefix are also a range of the primary key, which spares reading
        // every id (38 ms at 156,000 articles). PostgreSQL orders by the database's collation, where they may not
        // be: there LEFT() alone decides.
        List<Object> parameters = new ArrayList<>();
        StringBuilder range = new StringBuilder();
        if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
            range.append("id >= ? AND ");
            parameters.add(prefix);
            String after = after(prefix);
            if (after != null) {
                range.append("id < ? AND ");
                parameters.add(after);
            }
        }
        parameters.addAll(List.of(prefix.length(), prefix, limit));
        return summaries(connection, SUMMARY_COLUMNS + " WHERE " + range + "LEFT(id, ?) = ? ORDER BY id"
                + " FETCH FIRST ? ROWS ONLY", parameters.toArray());
    }

    /**
     * The first string after every string that starts with {@code prefix}, in the order of UTF-16 units: the prefix
     * with its last unit that is not U+FFFF raised by one, and what follows that unit dropped; null if there is none.
     */
    static String after(String prefix) {
        int last = prefix.length() - 1;
        while (last >= 0 && prefix.charAt(last) == Character.MAX_VALUE) {
            last--;
        }
        return last < 0 ? null : prefix.substring(0, last) + (char) (prefix.charAt(last) + 1);
    }

    /** Up to {@code limit} articles with this doc name, by id. */
    static List<ArticleSummary> withDoc(Connection connection, String doc, int limit) throws SQLException {
        return summaries(connection, SUMMARY_COLUMNS + " WHERE doc = ? ORDER BY id FETCH FIRST ? ROWS ONLY",
                doc, limit);
    }

    static Optional<Article> article(Connection connection, String id) throws SQLException {
        return Optional.ofNullable(articles(connection, id, id).get(id));
    }

    /**
     * The articles with ids in [first, last], by id in the database's order: each table of them all read by one
     * statement ({@link RangeRows}).
     */
    static Map<String, Article> articles(Connection connection, String first, String last) throws SQLException {
        Map<String, List<Span>> paragraphs = spans(connection, first, last, ArticleWriter.PARAGRAPH);
        Map<String, List<Span>> headings = spans(connection, first, last, ArticleWriter.HEADING);
        Map<String, List<Span>> captions = spans(connection, first, last, ArticleWriter.CAPTION);
        Map<String, List<Removal>> removals = RangeRows.of(connection, """
                SELECT article_id, kind, removed_text FROM article_removal WHERE article_id BETWEEN ? AND ?
                ORDER BY article_id, ordinal""", first, last,
                row -> new Removal(Removal.Kind.valueOf(row.getString(2)), row.getString(3)));
        Map<String, List<String>> warnings = RangeRows.of(connection, """
                SELECT article_id, message FROM article_warning WHERE article_id BETWEEN ? AND ?
                ORDER BY article_id, ordinal""", first, last, row -> row.getString(2));
        Map<String, Article> articles = new LinkedHashMap<>();
        try (PreparedStatement select = prepare(connection, """
                SELECT id, doc, source_location, source_format, title, url, outlet,
                    language_code, language_confidence, language_stated, language_analysable,
                    published_value, published_precision, published_basis, published_evidence, text, raw_text
                FROM article WHERE id BETWEEN ? AND ? ORDER BY id""", first, last);
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                String id = row.getString("id");
                articles.put(id, new Article(
                        id,
                        row.getString("doc"),
                        new SourceRef(row.getString("source_location"), row.getString("source_format")),
                        row.getString("title"),
                        row.getString("url"),
                        row.getString("outlet"),
                        language(row),
                        published(row),
                        row.getString("text"),
                        row.getString("raw_text"),
                        RangeRows.rows(paragraphs, id),
                        RangeRows.rows(headings, id),
                        RangeRows.rows(captions, id),
                        RangeRows.rows(removals, id),
                        RangeRows.rows(warnings, id)));
            }
        }
        return articles;
    }

    private static List<ArticleSummary> summaries(Connection connection, String sql, Object... parameters)
            throws SQLException {
        try (PreparedStatement select = prepare(connection, sql, parameters);
             ResultSet row = select.executeQuery()) {
            List<ArticleSummary> summaries = new ArrayList<>();
            while (row.next()) {
                summaries.add(new ArticleSummary(
                        row.getString("id"),
                        row.getString("doc"),
                        row.getString("title"),
                        row.getString("outlet"),
                        row.getString("url"),
                        published(row),
                        language(row),
                        new SourceRef(row.getString("source_location"), row.getString("source_format")),
                        row.getObject("ingested_at", OffsetDateTime.class).toInstant()));
            }
            return summaries;
        }
    }

    private static Language language(ResultSet row) throws SQLException {
        return new Language(row.getString("language_code"), row.getDouble("language_confidence"),
                row.getBoolean("language_stated"), row.getBoolean("language_analysable"));
    }

    private static PublicationDate published(ResultSet row) throws SQLException {
        String value = row.getString("published_value");
        if (value == null) {
            return null;
        }
        return new PublicationDate(value,
                PublicationDate.Precision.valueOf(row.getString("published_precision")),
                PublicationDate.Basis.valueOf(row.getString("published_basis")),
                row.getString("published_evidence"));
    }

    private static Map<String, List<Span>> spans(Connection connection, String first, String last, String layer)
            throws SQLException {
        return RangeRows.of(connection, """
                SELECT article_id, start_offset, end_offset FROM article_span WHERE article_id BETWEEN ? AND ? AND layer = ?
                ORDER BY article_id, ordinal""", first, last, row -> new Span(row.getInt(2), row.getInt(3)), layer);
    }

    private static List<String> strings(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement select = prepare(connection, sql, parameter);
             ResultSet row = select.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (row.next()) {
                values.add(row.getString(1));
            }
            return values;
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}
