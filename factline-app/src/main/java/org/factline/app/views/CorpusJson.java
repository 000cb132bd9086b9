package org.factline.app.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factline.knowledge.corpus.ClaimThread;
import org.factline.knowledge.corpus.Contradiction;
import org.factline.knowledge.corpus.Corpus;
import org.factline.knowledge.corpus.Statement;
import org.factline.knowledge.corpus.Timeline;

/**
 * The JSON of the views over the whole corpus, as {@code factline contradictions}, {@code timeline} and
 * {@code claims} print it with {@code --format json} and the HTTP API serves it: each statement with its
 * article, source, words, dates and offsets.
 */
public final class CorpusJson {

    private CorpusJson() {
    }

    /** One report: who said what in which article, when, and where its words are in the article's text. */
    public static Map<String, Object> statement(Statement s) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("doc", s.doc());
        o.put("article", s.articleId());
        o.put("source", s.source().narrator() ? "narrator" : s.source().name());
        if (s.source().narrator()) {
            o.put("outlet", s.source().name());
        }
        o.put("source_id", s.source().entityId());
        o.put("says", s.says());
        o.put("date", s.date());
        o.put("reported", s.reported());
        o.put("start", s.evidence() == null ? null : s.evidence().start());
        o.put("end", s.evidence() == null ? null : s.evidence().end());
        return o;
    }

    /** One line of a timeline: an event or a claim, when, its reports, and the disagreements it is part of. */
    public static Map<String, Object> entry(Timeline.Entry e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("kind", e.kind());
        o.put("type", e.type());
        o.put("date", e.valid());
        o.put("summary", e.summary());
        o.put("disputed", e.disputed());
        o.put("reports", e.reports().stream().map(CorpusJson::report).toList());
        return o;
    }

    /** A report in a timeline: the statement, and whether its source denies it. */
    public static Map<String, Object> report(Timeline.Report r) {
        Map<String, Object> x = statement(r.statement());
        x.put("denied", r.denied());
        return x;
    }

    /** {@code {"as_of": …, "articles": […], "timeline": […]}}: the timeline of a corpus view. */
    public static Map<String, Object> timeline(String asOf, Corpus corpus, List<Map<String, Object>> entries) {
        // in this order every time (Map.of's order changes from one run to the next)
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("as_of", asOf == null ? "" : asOf);
        out.put("articles", corpus.analyses().stream().map(a -> a.article().doc()).toList());
        out.put("timeline", entries);
        return out;
    }

    /** {@code {"contradictions": […]}}, each with its topic, kind, sides {@code a} and {@code b}, and why. */
    public static Map<String, Object> contradictions(List<Contradiction> found) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Contradiction c : found) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("topic", c.topic());
            o.put("kind", c.kind().label());
            o.put("a", statement(c.a()));
            o.put("b", statement(c.b()));
            o.put("why", c.why());
            list.add(o);
        }
        return Map.of("contradictions", list);
    }

    /** A proposition and each source's stance on it ({@code assert} or {@code deny}), in time order. */
    public static Map<String, Object> thread(ClaimThread t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("proposition", t.proposition());
        out.put("stances", t.stances().stream().map(st -> {
            Map<String, Object> o = statement(st.statement());
            o.put("stance", st.denies() ? "deny" : "assert");
            return o;
        }).toList());
        return out;
    }
}
