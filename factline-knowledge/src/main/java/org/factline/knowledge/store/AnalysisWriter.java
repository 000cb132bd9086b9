package org.factline.knowledge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.factline.model.Analysis;
import org.factline.model.Claim;
import org.factline.model.Entity;
import org.factline.model.Event;
import org.factline.model.Mention;
import org.factline.model.Place;
import org.factline.model.Quantity;
import org.factline.model.Sentence;
import org.factline.model.Span;
import org.factline.model.Timex;

/**
 * Replaces an article's analysis: deletes its analysis row, which takes every layer row with it (they hang
 * from it with ON DELETE CASCADE), and inserts the new rows. All values go in as bound parameters.
 * Committing or rolling back is left to the caller, who makes the whole replacement one transaction, so that
 * a failure anywhere leaves the previous layers as they were.
 */
final class AnalysisWriter {

    private static final String INSERT_ANALYSIS = """
            INSERT INTO analysis (article_id, extractor, analysed_at, sentence_count, token_count, mention_count,
                entity_count, timex_count, claim_count, event_count, quantity_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_SENTENCE = """
            INSERT INTO sentence (article_id, ordinal, start_offset, end_offset, first_token, end_token)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_ENTITY = """
            INSERT INTO entity (article_id, ordinal, entity_id, name, entity_type, known,
                place_lat, place_lon, place_country, place_admin1, place_precision, evidence_start, evidence_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_ALIAS =
            "INSERT INTO entity_alias (article_id, entity_ordinal, ordinal, alias) VALUES (?, ?, ?, ?)";
    private static final String INSERT_MENTION = """
            INSERT INTO mention (article_id, ordinal, start_offset, end_offset, text, entity_type, entity_id, kind,
                extractor, confidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_TIMEX = """
            INSERT INTO timex (article_id, ordinal, start_offset, end_offset, text, timex_type, timex_value, modifier,
                anchor)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_CLAIM = """
            INSERT INTO claim (article_id, ordinal, quote_start, quote_end, quote_text, cue_start, cue_end, cue_text,
                speaker_entity_id, speaker_name, speaker_start, speaker_end, speaker_text, direct, stance, negated,
                polarity, claim_date, date_basis, channel, evidence_start, evidence_end, parent, confidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_EVENT = """
            INSERT INTO event (article_id, ordinal, event_type, trigger_start, trigger_end, trigger_text, event_date,
                date_basis, modality, claim_ordinal, location_entity_id, location_name, location_start, location_end,
                place_lat, place_lon, place_country, place_admin1, place_precision, evidence_start, evidence_end,
                confidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_ACTOR = """
            INSERT INTO event_actor (article_id, event_ordinal, ordinal, role, entity_id, name, start_offset,
                end_offset, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_EVIDENCE = """
            INSERT INTO event_evidence (article_id, event_ordinal, ordinal, start_offset, end_offset)
            VALUES (?, ?, ?, ?, ?)""";
    private static final String INSERT_QUANTITY = """
            INSERT INTO quantity (article_id, ordinal, start_offset, end_offset, text, amount, low, high, qualifier,
                approx, unit, what, what_start, what_end, source_entity_id, source_name, source_start, source_end,
                source_text, claim_ordinal, event_ordinal, evidence_start, evidence_end, confidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private AnalysisWriter() {
    }

    /**
     * Replaces the stored analysis of {@code analysis.article()} with this one. The analysis must have passed
     * {@link StorableAnalysis#require}.
     *
     * @throws StoreException if the article is not stored, or is stored with another text than the one the
     *                        analysis points into
     */
    static void replace(Connection connection, Analysis analysis, String extractor, Instant analysedAt)
            throws SQLException {
        String id = analysis.article().id();
        lockArticle(connection, analysis);
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM analysis WHERE article_id = ?")) {
            delete.setString(1, id);
            delete.executeUpdate();
        }
        insertAnalysisRow(connection, analysis, extractor, analysedAt);
        insertSentences(connection, id, analysis.sentences());
        insertEntities(connection, id, analysis.entities(), analysis.mentions());
        insertMentions(connection, id, analysis.mentions());
        insertTimexes(connection, id, analysis.timexes());
        insertClaims(connection, id, analysis.claims());
        insertEvents(connection, id, analysis.events());
        insertQuantities(connection, id, analysis.quantities());
    }

    /**
     * Locks the article's row until the transaction ends, so that two processes analysing the same article
     * take turns (the second one's layers replace the first one's), and checks that the analysis points into
     * the stored text: an article read again under the same id may differ from the one stored.
     */
    private static void lockArticle(Connection connection, Analysis analysis) throws SQLException {
        String id = analysis.article().id();
        try (PreparedStatement select = connection.prepareStatement("SELECT text FROM article WHERE id = ? FOR UPDATE")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new StoreException("Cannot store the analysis of article " + id + " ("
                            + analysis.article().doc() + "): the article is not in the store; store it first");
                }
                if (!analysis.text().equals(row.getString(1))) {
                    throw new StoreException("Cannot store the analysis of article " + id + " ("
                            + analysis.article().doc() + "): the article stored under this id has another text"
                            + " than the one analysed; analyse the stored article");
                }
            }
        }
    }

    private static void insertAnalysisRow(Connection connection, Analysis a, String extractor, Instant analysedAt)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ANALYSIS)) {
            insert.setString(1, a.article().id());
            insert.setString(2, extractor);
            insert.setObject(3, OffsetDateTime.ofInstant(analysedAt, ZoneOffset.UTC));
            insert.setInt(4, a.sentences().size());
            insert.setInt(5, a.tokens().size());
            insert.setInt(6, a.mentions().size());
            insert.setInt(7, a.entities().size());
            insert.setInt(8, a.timexes().size());
            insert.setInt(9, a.claims().size());
            insert.setInt(10, a.events().size());
            insert.setInt(11, a.quantities().size());
            insert.executeUpdate();
        }
    }

    private static void insertSentences(Connection connection, String id, List<Sentence> sentences)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_SENTENCE)) {
            Row row = new Row(insert);
            for (int i = 0; i < sentences.size(); i++) {
                Sentence s = sentences.get(i);
                row.text(id).integer(i).span(s.span()).integer(s.firstToken()).integer(s.endToken()).add();
            }
            insert.executeBatch();
        }
    }

    private static void insertEntities(Connection connection, String id, List<Entity> entities, List<Mention> mentions)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ENTITY);
             PreparedStatement insertAlias = connection.prepareStatement(INSERT_ALIAS)) {
            Row row = new Row(insert);
            Row alias = new Row(insertAlias);
            for (int i = 0; i < entities.size(); i++) {
                Entity e = entities.get(i);
                row.text(id).integer(i).text(e.id()).text(e.name()).name(e.type()).flag(e.known());
                place(row, e.place());
                row.span(firstMention(e.id(), mentions)).add();
                for (int j = 0; j < e.aliases().size(); j++) {
                    alias.text(id).integer(i).integer(j).text(e.aliases().get(j)).add();
                }
            }
            insert.executeBatch();
            insertAlias.executeBatch();
        }
    }

    /** An entity's evidence: where the article first refers to it. */
    private static Span firstMention(String entityId, List<Mention> mentions) {
        Span first = null;
        for (Mention m : mentions) {
            if (entityId.equals(m.entityId()) && (first == null || m.span().compareTo(first) < 0)) {
                first = m.span();
            }
        }
        return first;
    }

    private static void insertMentions(Connection connection, String id, List<Mention> mentions) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_MENTION)) {
            Row row = new Row(insert);
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                row.text(id).integer(i).span(m.span()).text(m.text()).name(m.type()).text(m.entityId()).name(m.kind())
                        .text(m.provenance().extractor()).number(m.provenance().confidence()).add();
            }
            insert.executeBatch();
        }
    }

    private static void insertTimexes(Connection connection, String id, List<Timex> timexes) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_TIMEX)) {
            Row row = new Row(insert);
            for (int i = 0; i < timexes.size(); i++) {
                Timex t = timexes.get(i);
                row.text(id).integer(i).span(t.span()).text(t.text()).name(t.type()).text(t.value()).text(t.mod())
                        .name(t.anchor()).add();
            }
            insert.executeBatch();
        }
    }

    private static void insertClaims(Connection connection, String id, List<Claim> claims) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_CLAIM)) {
            Row row = new Row(insert);
            for (int i = 0; i < claims.size(); i++) {
                Claim c = claims.get(i);
                Claim.Speaker s = c.speaker();
                row.text(id).integer(i).span(c.quote()).text(c.quoteText()).span(c.cue()).text(c.cueText())
                        .text(s.entityId()).text(s.name()).span(s.span()).text(s.text())
                        .flag(c.direct()).name(c.stance()).flag(c.negated()).text(c.denies() ? "DENY" : "ASSERT")
                        .text(c.date()).name(c.dateBasis()).text(c.channel()).span(c.evidence()).index(c.parent())
                        .number(c.confidence()).add();
            }
            insert.executeBatch();
        }
    }

    private static void insertEvents(Connection connection, String id, List<Event> events) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT);
             PreparedStatement insertActor = connection.prepareStatement(INSERT_ACTOR);
             PreparedStatement insertEvidence = connection.prepareStatement(INSERT_EVIDENCE)) {
            Row row = new Row(insert);
            Row actor = new Row(insertActor);
            Row evidence = new Row(insertEvidence);
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                Event.Location l = e.location();
                row.text(id).integer(i).name(e.type()).span(e.trigger()).text(e.triggerText()).text(e.date())
                        .name(e.dateBasis()).name(e.modality()).index(e.claim())
                        .text(l == null ? null : l.entityId()).text(l == null ? null : l.name())
                        .span(l == null ? null : l.span());
                place(row, l == null ? null : l.place());
                row.span(e.evidence().isEmpty() ? null : e.evidence().get(0)).number(e.confidence()).add();
                for (int j = 0; j < e.actors().size(); j++) {
                    Event.Actor a = e.actors().get(j);
                    actor.text(id).integer(i).integer(j).name(a.role()).text(a.entityId()).text(a.name()).span(a.span())
                            .text(a.text()).add();
                }
                for (int j = 0; j < e.evidence().size(); j++) {
                    evidence.text(id).integer(i).integer(j).span(e.evidence().get(j)).add();
                }
            }
            // Events first: actors and evidence refer to them.
            insert.executeBatch();
            insertActor.executeBatch();
            insertEvidence.executeBatch();
        }
    }

    private static void insertQuantities(Connection connection, String id, List<Quantity> quantities)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_QUANTITY)) {
            Row row = new Row(insert);
            for (int i = 0; i < quantities.size(); i++) {
                Quantity q = quantities.get(i);
                Claim.Speaker s = q.source();
                row.text(id).integer(i).span(q.span()).text(q.text()).number(q.value()).number(q.low()).number(q.high())
                        .name(q.qualifier()).flag(q.approx()).text(q.unit()).text(q.what()).span(q.whatSpan())
                        .text(s == null ? null : s.entityId()).text(s == null ? null : s.name())
                        .span(s == null ? null : s.span()).text(s == null ? null : s.text())
                        .index(q.claim()).index(q.event()).span(q.evidence()).number(q.confidence()).add();
            }
            insert.executeBatch();
        }
    }

    /** Five columns: latitude, longitude, country, first-level region, precision; all null for no place. */
    private static void place(Row row, Place p) throws SQLException {
        if (p == null) {
            row.number((Double) null).number((Double) null).text(null).text(null).name(null);
        } else {
            row.number(p.lat()).number(p.lon()).text(p.country()).text(p.admin1()).name(p.precision());
        }
    }
}
