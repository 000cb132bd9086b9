package org.factline.app.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factline.knowledge.corpus.Corpus;
import org.factline.knowledge.corpus.CorpusEntity;
import org.factline.knowledge.corpus.CorpusEvent;
import org.factline.knowledge.corpus.Timeline;
import org.factline.model.Event;

/**
 * One event across the articles that report it, for maps and timelines: its id in the corpus view, type, date,
 * place, actors, whether a disagreement touches it, and every report.
 */
public final class EventJson {

    private EventJson() {
    }

    /**
     * The event of a timeline entry of kind {@code event}: {@code id}, {@code type}, {@code date}, {@code label},
     * {@code location} (or null), {@code actors} ({@code id}, {@code name}, {@code role}), {@code disputed},
     * {@code disputes} (the kinds of disagreement), {@code reports}.
     */
    public static Map<String, Object> of(Timeline.Entry entry, Corpus corpus) {
        CorpusEvent e = entry.event();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", e.id());
        o.put("type", e.type().name());
        o.put("date", e.date());
        o.put("label", e.label());
        o.put("location", ExtractJson.location(e.location()));
        o.put("actors", actors(e, corpus));
        o.put("disputed", !entry.disputed().isEmpty());
        o.put("disputes", entry.disputed());
        o.put("reports", entry.reports().stream().map(CorpusJson::report).toList());
        return o;
    }

    /**
     * Who takes part, each once, in the order the reports name them: under the corpus entity's id and name when the
     * articles link them (so that {@code /api/entities/{id}} finds them), else as the report words them.
     */
    private static List<Map<String, Object>> actors(CorpusEvent e, Corpus corpus) {
        Set<String> seen = new LinkedHashSet<>();
        List<Map<String, Object>> out = new ArrayList<>();
        for (CorpusEvent.Report r : e.reports()) {
            for (Event.Actor a : r.event().actors()) {
                CorpusEntity entity = a.entityId() == null ? null : corpus.entity(a.entityId()).orElse(null);
                String id = entity != null ? entity.id() : a.entityId();
                String name = entity != null ? entity.name() : a.name();
                if (seen.add(id != null ? id : "name:" + name)) {
                    Map<String, Object> x = new LinkedHashMap<>();
                    x.put("id", id);
                    x.put("name", name);
                    x.put("role", a.role().name().toLowerCase(java.util.Locale.ROOT));
                    out.add(x);
                }
            }
        }
        return out;
    }
}
