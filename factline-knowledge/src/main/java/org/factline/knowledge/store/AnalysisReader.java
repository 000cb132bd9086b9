package org.factline.knowledge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factline.model.Analysis;
import org.factline.model.Article;
import org.factline.model.Claim;
import org.factline.model.Entity;
import org.factline.model.EntityType;
import org.factline.model.Event;
import org.factline.model.EventType;
import org.factline.model.Mention;
import org.factline.model.Place;
import org.factline.model.Provenance;
import org.factline.model.Quantity;
import org.factline.model.Sentence;
import org.factline.model.Span;
import org.factline.model.Timex;

/** Reads analyses and their summaries back from their rows. All values go in as bound parameters. */
final class AnalysisReader {

    private static final String SUMMARY = """
            SELECT article_id, extractor, analysed_at, sentence_count, token_count, mention_count, entity_count,
                timex_count, claim_count, event_count, quantity_count
            FROM analysis""";

    private AnalysisReader() {
    }

    /** The extractor that made the stored analysis of this article, if it has one. */
    static Optional<String> extractor(Connection connection, String articleId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT extractor FROM analysis WHERE article_id = ?")) {
            select.setString(1, articleId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    static Optional<AnalysisSummary> summary(Connection connection, String articleId) throws SQLException {
        List<AnalysisSummary> found = summaries(connection, SUMMARY + " WHERE article_id = ?", articleId);
        return found.stream().findFirst();
    }

    /** Every analysis, by article id. */
    static List<AnalysisSummary> all(Connection connection) throws SQLException {
        return summaries(connection, SUMMARY + " ORDER BY article_id");
    }

    /**
     * The stored analysis of the article, without tokens; empty when the article has none.
     *
     * <p>The layers are read by several statements. So that they all come from one analysis, the read takes
     * the lock on the article's row that {@link AnalysisWriter#replace} takes: an analysis being replaced is
     * read once the replacement is committed, and none is replaced while it is read. (A higher isolation
     * level would do it too, but H2 and PostgreSQL implement those levels differently; the lock is the same
     * on both.)
     */
    static Optional<Analysis> analysis(Connection connection, Article article) throws SQLException {
        String id = article.id();
        try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM article WHERE id = ? FOR UPDATE")) {
            lock.setString(1, id);
            lock.executeQuery().close();
        }
        if (extractor(connection, id).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Analysis(article, sentences(connection, id), List.of(), mentions(connection, id),
                entities(connection, id), timexes(connection, id), claims(connection, id), events(connection, id),
                quantities(connection, id)));
    }

    private static List<AnalysisSummary> summaries(Connection connection, String sql, String... parameters)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                List<AnalysisSummary> summaries = new ArrayList<>();
                while (row.next()) {
                    summaries.add(new AnalysisSummary(
                            row.getString("article_id"),
                            row.getString("extractor"),
                            row.getObject("analysed_at", OffsetDateTime.class).toInstant(),
                            row.getInt("sentence_count"),
                            row.getInt("token_count"),
                            row.getInt("mention_count"),
                            row.getInt("entity_count"),
                            row.getInt("timex_count"),
                            row.getInt("claim_count"),
                            row.getInt("event_count"),
                            row.getInt("quantity_count")));
                }
                return summaries;
            }
        }
    }

    private interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** The rows of one layer of one article, in order. */
    private static <T> List<T> layer(Connection connection, String sql, String id, RowMapper<T> mapper)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                List<T> items = new ArrayList<>();
                while (row.next()) {
                    items.add(mapper.map(row));
                }
                return items;
            }
        }
    }

    /** A child layer (aliases of entities, actors of events), grouped by the ordinal of its parent. */
    private static <T> List<List<T>> children(Connection connection, String sql, String id, int parents,
                                              RowMapper<T> mapper) throws SQLException {
        List<List<T>> grouped = new ArrayList<>();
        for (int i = 0; i < parents; i++) {
            grouped.add(new ArrayList<>());
        }
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    grouped.get(row.getInt(1)).add(mapper.map(row));
                }
            }
        }
        return grouped;
    }

    private static List<Sentence> sentences(Connection connection, String id) throws SQLException {
        return layer(connection, """
                SELECT ordinal, start_offset, end_offset, first_token, end_token
                FROM sentence WHERE article_id = ? ORDER BY ordinal""", id,
                row -> new Sentence(row.getInt("ordinal"), Row.span(row, "start_offset", "end_offset"),
                        row.getInt("first_token"), row.getInt("end_token")));
    }

    private static List<Mention> mentions(Connection connection, String id) throws SQLException {
        return layer(connection, """
                SELECT start_offset, end_offset, text, entity_type, entity_id, kind, extractor, confidence
                FROM mention WHERE article_id = ? ORDER BY ordinal""", id,
                row -> new Mention(Row.span(row, "start_offset", "end_offset"), row.getString("text"),
                        Row.name(row, "entity_type", EntityType.class), row.getString("entity_id"),
                        Row.name(row, "kind", Mention.Kind.class),
                        new Provenance(row.getString("extractor"), row.getDouble("confidence"))));
    }

    private static List<Entity> entities(Connection connection, String id) throws SQLException {
        List<List<String>> aliases = children(connection, """
                SELECT entity_ordinal, alias FROM entity_alias WHERE article_id = ?
                ORDER BY entity_ordinal, ordinal""", id, count(connection, "entity", id),
                row -> row.getString("alias"));
        return layer(connection, """
                SELECT ordinal, entity_id, name, entity_type, known,
                    place_lat, place_lon, place_country, place_admin1, place_precision
                FROM entity WHERE article_id = ? ORDER BY ordinal""", id,
                row -> new Entity(row.getString("entity_id"), row.getString("name"),
                        Row.name(row, "entity_type", EntityType.class), aliases.get(row.getInt("ordinal")),
                        place(row), row.getBoolean("known")));
    }

    private static List<Timex> timexes(Connection connection, String id) throws SQLException {
        return layer(connection, """
                SELECT start_offset, end_offset, text, timex_type, timex_value, modifier, anchor
                FROM timex WHERE article_id = ? ORDER BY ordinal""", id,
                row -> new Timex(Row.span(row, "start_offset", "end_offset"), row.getString("text"),
                        Row.name(row, "timex_type", Timex.Type.class), row.getString("timex_value"),
                        row.getString("modifier"), Row.name(row, "anchor", Timex.Anchor.class)));
    }

    private static List<Claim> claims(Connection connection, String id) throws SQLException {
        return layer(connection, """
                SELECT quote_start, quote_end, quote_text, cue_start, cue_end, cue_text,
                    speaker_entity_id, speaker_name, speaker_start, speaker_end, speaker_text,
                    direct, stance, negated, claim_date, date_basis, channel, evidence_start, evidence_end,
                    parent, confidence
                FROM claim WHERE article_id = ? ORDER BY ordinal""", id,
                row -> new Claim(Row.span(row, "quote_start", "quote_end"), row.getString("quote_text"),
                        Row.span(row, "cue_start", "cue_end"), row.getString("cue_text"),
                        new Claim.Speaker(row.getString("speaker_entity_id"), row.getString("speaker_name"),
                                Row.span(row, "speaker_start", "speaker_end"), row.getString("speaker_text")),
                        row.getBoolean("direct"), Row.name(row, "stance", Claim.Stance.class),
                        row.getBoolean("negated"), row.getString("claim_date"),
                        Row.name(row, "date_basis", Claim.DateBasis.class), row.getString("channel"),
                        Row.span(row, "evidence_start", "evidence_end"), Row.index(row, "parent"),
                        row.getDouble("confidence")));
    }

    private static List<Event> events(Connection connection, String id) throws SQLException {
        int events = count(connection, "event", id);
        List<List<Event.Actor>> actors = children(connection, """
                SELECT event_ordinal, role, entity_id, name, start_offset, end_offset, text
                FROM event_actor WHERE article_id = ? ORDER BY event_ordinal, ordinal""", id, events,
                row -> new Event.Actor(Row.name(row, "role", Event.Role.class), row.getString("entity_id"),
                        row.getString("name"), Row.span(row, "start_offset", "end_offset"), row.getString("text")));
        List<List<Span>> evidence = children(connection, """
                SELECT event_ordinal, start_offset, end_offset
                FROM event_evidence WHERE article_id = ? ORDER BY event_ordinal, ordinal""", id, events,
                row -> Row.span(row, "start_offset", "end_offset"));
        return layer(connection, """
                SELECT ordinal, event_type, trigger_start, trigger_end, trigger_text, event_date, date_basis, modality,
                    claim_ordinal, location_entity_id, location_name, location_start, location_end,
                    place_lat, place_lon, place_country, place_admin1, place_precision, confidence
                FROM event WHERE article_id = ? ORDER BY ordinal""", id,
                row -> {
                    int ordinal = row.getInt("ordinal");
                    String locationName = row.getString("location_name");
                    Event.Location location = locationName == null ? null
                            : new Event.Location(row.getString("location_entity_id"), locationName,
                                    Row.span(row, "location_start", "location_end"), place(row));
                    return new Event(Row.name(row, "event_type", EventType.class),
                            Row.span(row, "trigger_start", "trigger_end"), row.getString("trigger_text"),
                            actors.get(ordinal), location, row.getString("event_date"),
                            Row.name(row, "date_basis", Event.DateBasis.class),
                            Row.name(row, "modality", Event.Modality.class), Row.index(row, "claim_ordinal"),
                            evidence.get(ordinal), row.getDouble("confidence"));
                });
    }

    private static List<Quantity> quantities(Connection connection, String id) throws SQLException {
        return layer(connection, """
                SELECT start_offset, end_offset, text, amount, low, high, qualifier, approx, unit, what,
                    what_start, what_end, source_entity_id, source_name, source_start, source_end, source_text,
                    claim_ordinal, event_ordinal, evidence_start, evidence_end, confidence
                FROM quantity WHERE article_id = ? ORDER BY ordinal""", id,
                row -> {
                    String sourceName = row.getString("source_name");
                    Claim.Speaker source = sourceName == null ? null
                            : new Claim.Speaker(row.getString("source_entity_id"), sourceName,
                                    Row.span(row, "source_start", "source_end"), row.getString("source_text"));
                    return new Quantity(Row.span(row, "start_offset", "end_offset"), row.getString("text"),
                            Row.number(row, "amount"), Row.number(row, "low"), Row.number(row, "high"),
                            Row.name(row, "qualifier", Quantity.Qualifier.class), row.getBoolean("approx"),
                            row.getString("unit"), row.getString("what"), Row.span(row, "what_start", "what_end"),
                            source, Row.index(row, "claim_ordinal"), Row.index(row, "event_ordinal"),
                            Row.span(row, "evidence_start", "evidence_end"), row.getDouble("confidence"));
                });
    }

    /** The place in a row's place columns, or null. */
    private static Place place(ResultSet row) throws SQLException {
        Double lat = Row.number(row, "place_lat");
        if (lat == null) {
            return null;
        }
        return new Place(lat, row.getDouble("place_lon"), row.getString("place_country"),
                row.getString("place_admin1"), Row.name(row, "place_precision", Place.Precision.class));
    }

    /** How many rows of a layer an article has ({@code table} is one of this class's own constants). */
    private static int count(Connection connection, String table, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*) FROM " + table + " WHERE article_id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
