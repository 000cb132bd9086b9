package org.factline.knowledge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a table for every article whose id lies in a range, grouped by article: one statement reads a layer
 * of hundreds of articles, where reading them one by one took a statement per layer and article (about 20 for an
 * analysis: 4 ms each, 11 minutes for 156,000 articles). One article is the range from its id to its id.
 *
 * <p>Each query given here selects the article id first and has {@code article_id BETWEEN ? AND ?} as its first
 * two parameters; its rows come grouped by article in the order the query gives them.
 */
final class RangeRows {

    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private RangeRows() {
    }

    /** The rows of each article in [first, last], by article id; {@code more} binds the parameters after the range. */
    static <T> Map<String, List<T>> of(Connection connection, String sql, String first, String last,
                                       RowMapper<T> mapper, Object... more) throws SQLException {
        Map<String, List<T>> byArticle = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, first, last, more);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    byArticle.computeIfAbsent(row.getString(1), k -> new ArrayList<>()).add(mapper.map(row));
                }
            }
        }
        return byArticle;
    }

    /**
     * A child layer (aliases of entities, actors of events) of each article in [first, last], by article id and then
     * by the ordinal of its parent, which the query selects second.
     */
    static <T> Map<String, List<List<T>>> children(Connection connection, String sql, String first, String last,
                                                   RowMapper<T> mapper) throws SQLException {
        Map<String, List<List<T>>> byArticle = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, first, last);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    List<List<T>> grouped = byArticle.computeIfAbsent(row.getString(1), k -> new ArrayList<>());
                    int parent = row.getInt(2);
                    while (grouped.size() <= parent) {
                        grouped.add(new ArrayList<>());
                    }
                    grouped.get(parent).add(mapper.map(row));
                }
            }
        }
        return byArticle;
    }

    /** The rows of one article; none when it has none. */
    static <T> List<T> rows(Map<String, List<T>> byArticle, String articleId) {
        return byArticle.getOrDefault(articleId, List.of());
    }

    /** The children of one parent of one article; none when it has none. */
    static <T> List<T> children(Map<String, List<List<T>>> byArticle, String articleId, int parent) {
        List<List<T>> grouped = byArticle.get(articleId);
        return grouped == null || parent >= grouped.size() ? List.of() : grouped.get(parent);
    }

    private static void bind(PreparedStatement select, String first, String last, Object... more) throws SQLException {
        select.setString(1, first);
        select.setString(2, last);
        for (int i = 0; i < more.length; i++) {
            select.setObject(i + 3, more[i]);
        }
    }
}
