package org.factline.knowledge.store;

import java.util.List;
import org.factline.model.Analysis;
import org.factline.model.Claim;
import org.factline.model.Entity;
import org.factline.model.Event;
import org.factline.model.Mention;
import org.factline.model.Place;
import org.factline.model.Provenance;
import org.factline.model.Quantity;
import org.factline.model.Sentence;
import org.factline.model.Span;
import org.factline.model.Timex;

/**
 * Checks an analysis before any of it is written, so that a bad one is refused with a message that says
 * which item and which field is wrong, rather than with a database error or, worse, stored with offsets
 * that point outside its article's text. The checks: every span lies within the text; every field the
 * tables require is there; links between layers (a claim's parent, the claim that asserts an event, the
 * claim and event of a figure) name an item that exists; ids and dates fit their indexed columns; every
 * string can be kept by every backend (see {@link StorableText}).
 *
 * <p>What the model itself bounds (a mention's confidence) and ranges that only the tables check (the
 * confidence of claims, events and figures must lie within 0–1) are left to the database: a violation
 * there fails the transaction, which leaves the article's previous layers as they were.
 */
final class StorableAnalysis {

    /** Longest entity id: the indexed id columns are VARCHAR(512). */
    static final int MAX_ID = 512;
    /** Longest TIMEX3 value of a claim's or event's date (VARCHAR(64), indexed for timelines). */
    static final int MAX_DATE = 64;
    /** Longest extractor version (analysis.extractor is VARCHAR(200)). */
    static final int MAX_EXTRACTOR = 200;

    private final Analysis analysis;
    private final int textLength;

    private StorableAnalysis(Analysis analysis) {
        this.analysis = analysis;
        this.textLength = analysis.text().length();
    }

    /** Throws a {@link StoreException} naming the article, the item and the field of the first problem. */
    static void require(Analysis analysis, String extractorVersion) {
        new StorableAnalysis(analysis).check(extractorVersion);
    }

    private void check(String extractorVersion) {
        if (extractorVersion == null || extractorVersion.isBlank()) {
            throw refused("no extractor version is given");
        }
        if (extractorVersion.length() > MAX_EXTRACTOR) {
            throw refused("the extractor version is longer than " + MAX_EXTRACTOR + " characters");
        }
        string("the extractor version", extractorVersion);
        List<Sentence> sentences = analysis.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            String item = "sentence " + i;
            if (s.index() != i) {
                throw refused(item + " says it is sentence " + s.index());
            }
            span(item, "span", required(item, "span", s.span()));
            if (s.firstToken() < 0 || s.endToken() < s.firstToken()) {
                throw refused(item + " has the token range [" + s.firstToken() + ", " + s.endToken() + ")");
            }
        }
        List<Mention> mentions = analysis.mentions();
        for (int i = 0; i < mentions.size(); i++) {
            mention("mention " + i, mentions.get(i));
        }
        List<Entity> entities = analysis.entities();
        for (int i = 0; i < entities.size(); i++) {
            entity("entity " + i, entities.get(i));
        }
        List<Timex> timexes = analysis.timexes();
        for (int i = 0; i < timexes.size(); i++) {
            timex("time expression " + i, timexes.get(i));
        }
        List<Claim> claims = analysis.claims();
        for (int i = 0; i < claims.size(); i++) {
            claim(i, claims.get(i));
        }
        List<Event> events = analysis.events();
        for (int i = 0; i < events.size(); i++) {
            event("event " + i, events.get(i));
        }
        List<Quantity> quantities = analysis.quantities();
        for (int i = 0; i < quantities.size(); i++) {
            quantity("figure " + i, quantities.get(i));
        }
    }

    private void mention(String item, Mention m) {
        span(item, "span", required(item, "span", m.span()));
        string(item + " text", required(item, "text", m.text()));
        required(item, "type", m.type());
        required(item, "kind", m.kind());
        id(item, "entity id", m.entityId());
        Provenance provenance = required(item, "provenance", m.provenance());
        string(item + " extractor", required(item, "extractor", provenance.extractor()));
    }

    private void entity(String item, Entity e) {
        id(item, "id", required(item, "id", e.id()));
        string(item + " name", required(item, "name", e.name()));
        required(item, "type", e.type());
        for (String alias : e.aliases()) {
            string(item + " alias", required(item, "alias", alias));
        }
        place(item, e.place());
    }

    private void timex(String item, Timex t) {
        span(item, "span", required(item, "span", t.span()));
        string(item + " text", required(item, "text", t.text()));
        required(item, "type", t.type());
        required(item, "anchor", t.anchor());
        string(item + " value", t.value());
        string(item + " modifier", t.mod());
    }

    private void claim(int index, Claim c) {
        String item = "claim " + index;
        span(item, "quote", required(item, "quote", c.quote()));
        string(item + " quote", required(item, "quote text", c.quoteText()));
        span(item, "cue", c.cue());
        string(item + " cue", c.cueText());
        Claim.Speaker speaker = required(item, "speaker", c.speaker());
        speaker(item + " speaker", speaker);
        required(item, "stance", c.stance());
        required(item, "date basis", c.dateBasis());
        date(item, c.date());
        string(item + " channel", c.channel());
        span(item, "evidence", required(item, "evidence", c.evidence()));
        if (c.parent() < -1 || c.parent() >= analysis.claims().size() || c.parent() == index) {
            throw refused(item + " names claim " + c.parent() + " as its parent, of "
                    + analysis.claims().size() + " claims");
        }
    }

    private void speaker(String item, Claim.Speaker s) {
        id(item, "entity id", s.entityId());
        string(item + " name", required(item, "name", s.name()));
        span(item, "span", s.span());
        string(item + " text", s.text());
    }

    private void event(String item, Event e) {
        required(item, "type", e.type());
        span(item, "trigger", required(item, "trigger", e.trigger()));
        string(item + " trigger", required(item, "trigger text", e.triggerText()));
        for (Event.Actor a : e.actors()) {
            String actor = item + " actor";
            required(actor, "role", required(item, "actor", a).role());
            id(actor, "entity id", a.entityId());
            string(actor + " name", required(actor, "name", a.name()));
            span(actor, "span", a.span());
            string(actor + " text", a.text());
        }
        Event.Location l = e.location();
        if (l != null) {
            String location = item + " location";
            id(location, "entity id", l.entityId());
            string(location + " name", required(location, "name", l.name()));
            span(location, "span", l.span());
            place(location, l.place());
        }
        date(item, e.date());
        required(item, "date basis", e.dateBasis());
        required(item, "modality", e.modality());
        link(item, "claim", e.claim(), analysis.claims().size());
        for (Span evidence : e.evidence()) {
            span(item, "evidence", required(item, "evidence", evidence));
        }
    }

    private void quantity(String item, Quantity q) {
        span(item, "span", required(item, "span", q.span()));
        string(item + " text", required(item, "text", q.text()));
        required(item, "qualifier", q.qualifier());
        string(item + " unit", q.unit());
        string(item + " what", q.what());
        span(item, "what", q.whatSpan());
        if (q.source() != null) {
            speaker(item + " source", q.source());
        }
        link(item, "claim", q.claim(), analysis.claims().size());
        link(item, "event", q.event(), analysis.events().size());
        span(item, "evidence", required(item, "evidence", q.evidence()));
    }

    private void place(String item, Place p) {
        if (p != null) {
            required(item + " place", "precision", p.precision());
            string(item + " country", p.country());
            string(item + " region", p.admin1());
        }
    }

    private void span(String item, String field, Span span) {
        if (span != null && span.end() > textLength) {
            throw refused(item + " " + field + " [" + span.start() + ", " + span.end()
                    + ") lies outside the article's text of " + textLength + " characters");
        }
    }

    private void link(String item, String what, int index, int count) {
        if (index < -1 || index >= count) {
            throw refused(item + " names " + what + " " + index + ", of " + count + " " + what + "s");
        }
    }

    private void id(String item, String field, String id) {
        if (id != null && id.length() > MAX_ID) {
            throw refused(item + " " + field + " is longer than " + MAX_ID + " characters");
        }
        string(item + " " + field, id);
    }

    private void date(String item, String date) {
        if (date != null && date.length() > MAX_DATE) {
            throw refused(item + " date is longer than " + MAX_DATE + " characters");
        }
        string(item + " date", date);
    }

    private void string(String what, String value) {
        String problem = StorableText.problem(value);
        if (problem != null) {
            throw refused(what + " holds " + problem + ", which the store cannot keep");
        }
    }

    private <T> T required(String item, String field, T value) {
        if (value == null) {
            throw refused(item + " has no " + field);
        }
        return value;
    }

    private StoreException refused(String problem) {
        return new StoreException("Cannot store the analysis of article " + analysis.article().id() + " ("
                + analysis.article().doc() + "): " + problem);
    }
}
