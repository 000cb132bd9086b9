package org.factline.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factline.model.Analysis;
import org.factline.model.Article;
import org.factline.model.Claim;
import org.factline.model.Entity;
import org.factline.model.Mention;
import org.factline.model.PublicationDate;
import org.factline.model.Timex;

/**
 * An article in the output contract of {@code factline extract} (shared/EVAL.md), one JSON object per
 * line. This layer carries what ingest knows; the analysis layers join it as they are built.
 */
final class ExtractJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractJson() {
    }

    static String line(Analysis analysis) {
        Map<String, Object> o = article(analysis.article());
        o.put("timex", timexes(analysis));
        o.put("entities", entities(analysis));
        o.put("claims", claims(analysis));
        return write(o, analysis.article());
    }

    static String line(Article a) {
        return write(article(a), a);
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

    /** Entities in order of first mention, each with its mentions (text, offsets, how it refers). */
    private static List<Map<String, Object>> entities(Analysis analysis) {
        Map<String, List<Mention>> byEntity = new LinkedHashMap<>();
        for (Mention m : analysis.mentions()) {
            byEntity.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(m);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Entity e : analysis.entities()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", e.id());
            o.put("name", e.name());
            o.put("type", e.type().name());
            o.put("known", e.known());
            o.put("aliases", e.aliases());
            if (e.place() != null) {
                o.put("lat", e.place().lat());
                o.put("lon", e.place().lon());
                o.put("country", e.place().country());
                o.put("admin1", e.place().admin1());
                o.put("precision", e.place().precision().name().toLowerCase(java.util.Locale.ROOT));
            }
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

    private static String write(Map<String, Object> o, Article a) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + a.doc(), e);
        }
    }
}
