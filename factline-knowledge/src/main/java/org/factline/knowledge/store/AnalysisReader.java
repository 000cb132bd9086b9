package org.factline.knowledge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
     * The stored analysis of the article, without tokens; empty when the article has none. Takes the {@link #lock}.
     */
    static Optional<Analysis> analysis(Connection connection, Article article) throws SQLException {
        lock(connection, article.id(), article.id());
        return analyses(connection, article.id(), article.id(), Map.of(article.id(), article)).stream().findFirst();
    }

    static long count(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM analysis");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** How many analyses there are and when the latest was made: what any store or replacement of one changes. */
    static String version(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*), MAX(analysed_at) FROM analysis");
             ResultSet row = select.executeQuery()) {
            row.next();
            OffsetDateTime latest = row.getObject(2, OffsetDateTime.class);
            return row.getLong(1) + "|" + (latest == null ? "" : latest.toInstant());
        }
    }

    /**
     * Up to {@code limit} ids of analysed articles after {@code afterId} (from the first when null), in the
     * database's order of ids.
     */
    static List<String> ids(Connection connection, String afterId, int limit) throws SQLException {
        String sql = "SELECT article_id FROM analysis" + (afterId == null ? "" : " WHERE article_id > ?")
                + " ORDER BY article_id FETCH FIRST ? ROWS ONLY";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int k = 0;
            if (afterId != null) {
                select.setString(++k, afterId);
            }
            select.setInt(++k, limit);
            try (ResultSet row = select.executeQuery()) {
                List<String> ids = new ArrayList<>();
                while (row.next()) {
                    ids.add(row.getString(1));
                }
                return ids;
            }
        }
    }

    /**
     * Takes the lock on the rows of the articles with ids in [first, last] that {@link AnalysisWriter#replace} takes,
     * so that the layers read next all come from one analysis: one being replaced is read once the replacement is
     * committed, and none is replaced while it is read. (A higher isolation level would do it too, but H2 and
     * PostgreSQL implement those levels differently; the lock is the same on both.)
     */
    static void lock(Connection connection, String first, String last) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT id FROM article WHERE id BETWEEN ? AND ? FOR UPDATE")) {
            lock.setString(1, first);
            lock.setString(2, last);
            lock.executeQuery().close();
        }
    }

    /**
     * The stored analyses, without tokens, of those of {@code articles} (by id, all with ids in [first, last]) that
     * have one, in the order of {@code articles}: each layer of them all read by one statement. Take the
     * {@link #lock} on the range first.
     */
    static List<Analysis> analyses(Connection connection, String first, String last, Map<String, Article> articles)
            throws SQLException {
        Map<String, List<Boolean>> analysed = RangeRows.of(connection,
                "SELECT article_id FROM analysis WHERE article_id BETWEEN ? AND ?", first, last, row -> true);
        if (analysed.isEmpty()) {
            return List.of();
        }
        Layers layers = new Layers(connection, first, last);
        List<Analysis> out = new ArrayList<>();
        for (Article article : articles.values()) {
            if (analysed.containsKey(article.id())) {
                out.add(layers.analysis(article));
            }
        }
        return out;
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


    /** The layers of the analyses of a range of articles, read a table at a time. */
    private static final class Layers {

        private final Map<String, List<Sentence>> sentences;
        private final Map<String, List<Mention>> mentions;
        private final Map<String, List<List<String>>> aliases;
        private final Map<String, List<EntityRow>> entities;
        private final Map<String, List<Timex>> timexes;
        private final Map<String, List<Claim>> claims;
        private final Map<String, List<List<Event.Actor>>> actors;
        private final Map<String, List<List<Span>>> evidence;
        private final Map<String, List<EventRow>> events;
        private final Map<String, List<Quantity>> quantities;

        /** An entity without its aliases, which are joined to it by its ordinal. */
        private record EntityRow(int ordinal, String id, String name, EntityType type, Place place, boolean known) {
        }

        /** An event without its actors and evidence, which are joined to it by its ordinal. */
        private record EventRow(int ordinal, EventType type, Span trigger, String text, Event.Location location,
                                String date, Event.DateBasis basis, Event.Modality modality, Integer claim,
                                double confidence) {
        }

        Layers(Connection c, String first, String last) throws SQLException {
            sentences = RangeRows.of(c, """
                    SELECT article_id, ordinal, start_offset, end_offset, first_token, end_token
                    FROM sentence WHERE article_id BETWEEN ? AND ? ORDER BY article_id, ordinal""", first, last,
                    row -> new Sentence(row.getInt("ordinal"), Row.span(row, "start_offset", "end_offset"),
                            row.getInt("first_token"), row.getInt("end_token")));
            mentions = RangeRows.of(c, """
                    SELECT article_id, start_offset, end_offset, text, entity_type, entity_id, kind, extractor, confidence
                    FROM mention WHERE article_id BETWEEN ? AND ? ORDER BY article_id, ordinal""", first, last,
                    row -> new Mention(Row.span(row, "start_offset", "end_offset"), row.getString("text"),
                            Row.name(row, "entity_type", EntityType.class), row.getString("entity_id"),
                            Row.name(row, "kind", Mention.Kind.class),
                            new Provenance(row.getString("extractor"), row.getDouble("confidence"))));
            aliases = RangeRows.children(c, """
                    SELECT article_id, entity_ordinal, alias FROM entity_alias WHERE article_id BETWEEN ? AND ?
                    ORDER BY article_id, entity_ordinal, ordinal""", first, last, row -> row.getString("alias"));
            entities = RangeRows.of(c, """
                    SELECT article_id, ordinal, entity_id, name, entity_type, known,
                        place_lat, place_lon, place_country, place_admin1, place_precision
                    FROM entity WHERE article_id BETWEEN ? AND ? ORDER BY article_id, ordinal""", first, last,
                    row -> new EntityRow(row.getInt("ordinal"), row.getString("entity_id"), row.getString("name"),
                            Row.name(row, "entity_type", EntityType.class), place(row), row.getBoolean("known")));
            timexes = RangeRows.of(c, """
                    SELECT article_id, start_offset, end_offset, text, timex_type, timex_value, modifier, anchor
                    FROM timex WHERE article_id BETWEEN ? AND ? ORDER BY article_id, ordinal""", first, last,
                    row -> new Timex(Row.span(row, "start_offset", "end_offset"), row.getString("text"),
                            Row.name(row, "timex_type", Timex.Type.class), row.getString("timex_value"),
                            row.getString("modifier"), Row.name(row, "anchor", Timex.Anchor.class)));
            claims = RangeRows.of(c, """
                    SELECT article_id, quote_start, quote_end, quote_text, cue_start, cue_end, cue_text,
                        speaker_entity_id, speaker_name, speaker_start, speaker_end, speaker_text,
                        direct, stance, negated, claim_date, date_basis, channel, evidence_start, evidence_end,
                        parent, confidence
                    FROM claim WHERE article_id BETWEEN ? AND ? ORDER BY article_id, ordinal""", first, last,
                    row -> new Claim(Row.span(row, "quote_start", "quote_end"), row.getString("quote_text"),
                            Row.span(row, "cue_start", "cue_end"), row.getString("cue_text"),
                            new Claim.Speaker(row.getString("speaker_entity_id"), row.getString("speaker_name"),
                                    Row.span(row, "speaker_start", "speaker_end"), row.getString("speaker_text")),
                            row.getBoolean("direct"), Row.name(row, "stance", Claim.Stance.class),
                            row.getBoolean("negated"), row.getString("claim_date"),
                            Row.name(row, "date_basis", Claim.DateBasis.class), row.getString("channel"),
                            Row.span(row, "evidence_start", "evidence_end"), Row.index(row, "parent"),
                            row.getDouble("confidence")));
            actors = RangeRows.children(c, """
                    SELECT article_id, event_ordinal, role, entity_id, name, start_offset, end_offset, text
                    FROM event_actor WHERE article_id BETWEEN ? AND ? ORDER BY article_id, event_ordinal, ordinal""",
                    first, last,
                    row -> new Event.Actor(Row.name(row, "role", Event.Role.class), row.getString("entity_id"),
                            row.getString("name"), Row.span(row, "start_offset", "end_offset"), row.getString("text")));
            evidence = RangeRows.children(c, """
                    SELECT article_id, event_ordinal, start_offset, end_offset
                    FROM event_evidence WHERE article_id BETWEEN ? AND ? ORDER BY article_id, event_ordinal, ordinal""",
                    first, last, row -> Row.span(row, "start_offset", "end_offset"));
            events = RangeRows.of(c, """
                    SELECT article_id, ordinal, event_type, trigger_start, trigger_end, trigger_text, event_date,
                        date_basis, modality, claim_ordinal, location_entity_id, location_name, location_start,
                        location_end, place_lat, place_lon, place_country, place_admin1, place_precision, confidence
                    FROM event WHERE article_id BETWEEN ? AND ? ORDER BY article_id, ordinal""", first, last,
                    row -> {
                        String locationName = row.getString("location_name");
                        Event.Location location = locationName == null ? null
                                : new Event.Location(row.getString("location_entity_id"), locationName,
                                        Row.span(row, "location_start", "location_end"), place(row));
                        return new EventRow(row.getInt("ordinal"), Row.name(row, "event_type", EventType.class),
                                Row.span(row, "trigger_start", "trigger_end"), row.getString("trigger_text"), location,
                                row.getString("event_date"), Row.name(row, "date_basis", Event.DateBasis.class),
                                Row.name(row, "modality", Event.Modality.class), Row.index(row, "claim_ordinal"),
                                row.getDouble("confidence"));
                    });
            quantities = RangeRows.of(c, """
                    SELECT article_id, start_offset, end_offset, text, amount, low, high, qualifier, approx, unit, what,
                        what_start, what_end, source_entity_id, source_name, source_start, source_end, source_text,
                        claim_ordinal, event_ordinal, evidence_start, evidence_end, confidence
                    FROM quantity WHERE article_id BETWEEN ? AND ? ORDER BY article_id, ordinal""", first, last,
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

        Analysis analysis(Article article) {
            String id = article.id();
            List<Entity> entityList = RangeRows.rows(entities, id).stream()
                    .map(e -> new Entity(e.id(), e.name(), e.type(), RangeRows.children(aliases, id, e.ordinal()),
                            e.place(), e.known()))
                    .toList();
            List<Event> eventList = RangeRows.rows(events, id).stream()
                    .map(e -> new Event(e.type(), e.trigger(), e.text(), RangeRows.children(actors, id, e.ordinal()),
                            e.location(), e.date(), e.basis(), e.modality(), e.claim(),
                            RangeRows.children(evidence, id, e.ordinal()), e.confidence()))
                    .toList();
            return new Analysis(article, RangeRows.rows(sentences, id), List.of(), RangeRows.rows(mentions, id),
                    entityList, RangeRows.rows(timexes, id), RangeRows.rows(claims, id), eventList,
                    RangeRows.rows(quantities, id));
        }
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
}
