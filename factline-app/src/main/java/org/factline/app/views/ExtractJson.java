package org.factline.app.views;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factline.model.Analysis;
import org.factline.model.Article;
import org.factline.model.Claim;
import org.factline.model.Entity;
import org.factline.model.EntityType;
import org.factline.model.Event;
import org.factline.model.Mention;
import org.factline.model.Place;
import org.factline.model.PublicationDate;
import org.factline.model.Quantity;
import org.factline.model.Timex;

/**
 * An article in the output contract of {@code factline extract} (shared/EVAL.md), one JSON object per
 * line. This layer carries what ingest knows; the analysis layers join it as they are built. Public for the
 * exports ({@code factline export --format jsonl} writes the same lines for the stored articles).
 */
public final class ExtractJson {

    /** Who asserts what the outlet states as fact. */
    private static final String NARRATOR = "narrator";

    private ExtractJson() {
    }

    /** One line of {@code factline extract --format jsonl}. */
    public static String line(Analysis analysis) {
        return Json.compact(object(analysis));
    }

    /** An article that was not analysed: what ingest knows of it. */
    public static String line(Article a) {
        return Json.compact(article(a));
    }

    /** The article with every layer of its analysis, offsets into {@link Analysis#text()}. */
    public static Map<String, Object> object(Analysis analysis) {
        Map<String, Object> o = article(analysis.article());
        o.put("timex", timexes(analysis));
        o.put("entities", entities(analysis));
        o.put("claims", claims(analysis));
        o.put("events", events(analysis, true));
        o.put("hypotheses", events(analysis, false));
        o.put("quantities", quantities(analysis, true));
        o.put("magnitudes", quantities(analysis, false));
        return o;
    }

    private static Map<String, Object> article(Article a) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("doc", a.doc());
        o.put("id", a.id());
        o.put("lang", a.language().code());
        o.put("lang_analysable", a.language().analysable());
        PublicationDate p = a.published();
        o.put("published", p == null ? null : p.value());
        o.put("published_basis", p == null ? null : p.basis().label());
        o.put("published_precision", p == null ? null : p.precision().name().toLowerCase(java.util.Locale.ROOT));
        o.put("published_evidence", p == null ? null : p.evidence());
        o.put("title", a.title());
        o.put("outlet", a.outlet());
        o.put("url", a.url());
        o.put("source", a.source().location());
        o.put("format", a.source().format());
        return o;
    }

    /** Time expressions in text order, as the EVAL contract writes them, with how each was anchored. */
    private static List<Map<String, Object>> timexes(Analysis analysis) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Timex t : analysis.timexes()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("text", t.text());
            o.put("start", t.span().start());
            o.put("end", t.span().end());
            o.put("type", t.type().name());
            o.put("value", t.value());
            if (t.mod() != null) {
                o.put("mod", t.mod());
            }
            o.put("anchor", t.anchor().name().toLowerCase(java.util.Locale.ROOT));
            out.add(o);
        }
        return out;
    }

    /**
     * Claims as the EVAL contract writes them (speaker, cue, quote, direct, polarity, date, evidence,
     * confidence), with their offsets, stance, negation, where the date comes from, the channel and the
     * index of the claim that reports them.
     */
    private static List<Map<String, Object>> claims(Analysis analysis) {
        String text = analysis.text();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Claim c : analysis.claims()) {
            Map<String, Object> o = new LinkedHashMap<>();
            Map<String, Object> speaker = new LinkedHashMap<>();
            speaker.put("name", c.speaker().name());
            speaker.put("id", c.speaker().entityId());
            speaker.put("text", c.speaker().text());
            o.put("speaker", speaker);
            o.put("cue", c.cueText());
            o.put("quote", c.quoteText());
            o.put("start", c.quote().start());
            o.put("end", c.quote().end());
            o.put("direct", c.direct());
            o.put("polarity", c.denies() ? "deny" : "assert");
            o.put("stance", c.stance().name().toLowerCase(java.util.Locale.ROOT));
            o.put("negated", c.negated());
            o.put("date", c.date());
            o.put("date_basis", c.dateBasis().name().toLowerCase(java.util.Locale.ROOT));
            o.put("channel", c.channel());
            o.put("evidence", c.evidence().of(text));
            o.put("parent", c.parent() < 0 ? null : c.parent());
            o.put("confidence", Math.round(c.confidence() * 100) / 100.0);
            out.add(o);
        }
        return out;
    }

    /**
     * Events as the EVAL contract writes them (type, trigger, date, location, actors, asserted_by, evidence,
     * confidence), with the PLOVER type, where the date comes from, the modality, the index of the claim
     * that reports the event and every evidence span. {@code id} is the event's index, which a figure's
     * {@code event} names. Events told as reported (done, under way, planned, denied, failed) go under
     * {@code events}; hypotheses ("si elle était confirmée", "threatened to invade", "prêt à négocier") under
     * {@code hypotheses}, as orders of magnitude go under {@code magnitudes}: an analyst counting events
     * does not count what might be.
     */
    private static List<Map<String, Object>> events(Analysis analysis, boolean reported) {
        String text = analysis.text();
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < analysis.events().size(); i++) {
            Event e = analysis.events().get(i);
            if ((e.modality() != Event.Modality.HYPOTHETICAL) != reported) {
                continue;
            }
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", i);
            o.put("type", e.type().name());
            o.put("plover", e.type().plover());
            o.put("trigger", e.triggerText());
            o.put("start", e.trigger().start());
            o.put("end", e.trigger().end());
            o.put("date", e.date());
            o.put("date_basis", label(e.dateBasis()));
            o.put("modality", label(e.modality()));
            o.put("location", location(e.location()));
            List<Map<String, Object>> actors = new ArrayList<>();
            for (Event.Actor a : e.actors()) {
                Map<String, Object> ao = new LinkedHashMap<>();
                ao.put("role", label(a.role()));
                ao.put("name", a.name());
                ao.put("id", a.entityId());
                ao.put("text", a.text());
                actors.add(ao);
            }
            o.put("actors", actors);
            o.put("asserted_by", e.claim() < 0 ? NARRATOR : analysis.claims().get(e.claim()).speaker().name());
            o.put("claim", e.claim() < 0 ? null : e.claim());
            o.put("evidence", e.evidence().get(0).of(text));
            if (e.evidence().size() > 1) {
                o.put("evidence_all", e.evidence().stream().map(s -> s.of(text)).toList());
            }
            o.put("confidence", Math.round(e.confidence() * 100) / 100.0);
            out.add(o);
        }
        return out;
    }

    /** Where an event happened: its name and entity, and where that is when known. */
    public static Map<String, Object> location(Event.Location l) {
        if (l == null) {
            return null;
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", l.name());
        o.put("id", l.entityId());
        putPlace(o, l.place());
        return o;
    }

    /** A place's coordinates, country, region and precision; null for none. */
    public static Map<String, Object> place(Place place) {
        if (place == null) {
            return null;
        }
        Map<String, Object> o = new LinkedHashMap<>();
        putPlace(o, place);
        return o;
    }

    /** A place's coordinates, country, region and precision, when there is a place. */
    private static void putPlace(Map<String, Object> o, Place place) {
        if (place != null) {
            o.put("lat", place.lat());
            o.put("lon", place.lon());
            o.put("country", place.country());
            o.put("admin1", place.admin1());
            o.put("precision", label(place.precision()));
        }
    }

    /**
     * Figures as the EVAL contract writes them (what, value, approx, qualifier, unit, source, evidence):
     * those with a value when {@code valued}, else the orders of magnitude without one ("plusieurs
     * milliers"), which go in their own list with their bounds.
     */
    private static List<Map<String, Object>> quantities(Analysis analysis, boolean valued) {
        String text = analysis.text();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Quantity q : analysis.quantities()) {
            if ((q.value() != null) != valued) {
                continue;
            }
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("what", q.what());
            o.put("value", q.value());
            o.put("low", q.low());
            o.put("high", q.high());
            o.put("approx", q.approx());
            o.put("qualifier", q.qualifier().label());
            o.put("unit", q.unit());
            o.put("text", q.text());
            o.put("start", q.span().start());
            o.put("end", q.span().end());
            o.put("source", q.source() == null ? NARRATOR : q.source().name());
            o.put("claim", q.claim() < 0 ? null : q.claim());
            o.put("event", q.event() < 0 ? null : q.event());
            o.put("evidence", q.evidence().of(text));
            o.put("confidence", Math.round(q.confidence() * 100) / 100.0);
            out.add(o);
        }
        return out;
    }

    private static String label(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** What names an entity, in an article or across the corpus: id, name, type, whether the knowledge base knows it, aliases. */
    static Map<String, Object> identity(String id, String name, EntityType type, boolean known, Collection<String> aliases) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", id);
        o.put("name", name);
        o.put("type", type.name());
        o.put("known", known);
        o.put("aliases", aliases);
        return o;
    }

    /** Entities in order of first mention, each with its mentions (text, offsets, how it refers). */
    private static List<Map<String, Object>> entities(Analysis analysis) {
        Map<String, List<Mention>> byEntity = new LinkedHashMap<>();
        for (Mention m : analysis.mentions()) {
            byEntity.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(m);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Entity e : analysis.entities()) {
            Map<String, Object> o = identity(e.id(), e.name(), e.type(), e.known(), e.aliases());
            putPlace(o, e.place());
            List<Map<String, Object>> mentions = new ArrayList<>();
            for (Mention m : byEntity.getOrDefault(e.id(), List.of())) {
                Map<String, Object> mo = new LinkedHashMap<>();
                mo.put("text", m.text());
                mo.put("start", m.span().start());
                mo.put("end", m.span().end());
                mo.put("kind", m.kind().name().toLowerCase(java.util.Locale.ROOT));
                mentions.add(mo);
            }
            o.put("mentions", mentions);
            out.add(o);
        }
        return out;
    }
}
