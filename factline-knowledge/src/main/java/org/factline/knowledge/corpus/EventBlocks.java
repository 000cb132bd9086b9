package org.factline.knowledge.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.factline.model.Event;
import org.factline.model.Place;

/**
 * The corpus events a new event could join, found without looking at every event of the corpus: an event joins one
 * of its type with which it has a place, an actor, its article or (same story) its day in common ({@code
 * Corpus.anchors}), so each corpus event is filed under its type and each of those: its places' ids and names, the
 * region and country that hold them, its actors, its articles and its day. The candidates are a superset of the
 * events the new one can join, in corpus order; the corpus still decides on each. A corpus event's place, date and
 * actors grow as reports join it: it is filed again under what it gained (what it lost stays filed, which only adds
 * candidates).
 */
final class EventBlocks {

    private final Map<String, List<CorpusEvent>> blocks = new HashMap<>();

    /** Files a corpus event under what it has once {@code report} joined it. */
    void add(CorpusEvent c, CorpusEvent.Report report) {
        String type = c.type().name();
        file(type + "|article|" + report.statement().articleId(), c);
        for (Event.Actor a : report.event().actors()) {
            file(type + "|actor|" + (a.entityId() != null ? a.entityId() : "name:" + Source.fold(a.name())), c);
        }
        if (c.date() != null && c.date().length() == 10) {
            file(type + "|day|" + c.date(), c);
        }
        Event.Location l = c.location();
        if (l == null) {
            return;
        }
        // Places.same(c's place, the new event's place), clause by clause
        if (l.entityId() != null) {
            file(type + "|id|" + l.entityId(), c);
        } else {
            file(type + "|unlinked|" + Source.fold(l.name()), c);
        }
        file(type + "|name|" + l.name(), c);
        Place p = l.place();
        if (p != null) {
            if (p.admin1() != null) {
                file(type + "|admin1|" + p.admin1(), c);
            }
            if (p.country() != null) {
                file(type + (p.precision() == Place.Precision.COUNTRY ? "|country|" : "|in-country|") + p.country(), c);
            }
        }
    }

    /** The corpus events an event of this article might join, in corpus order. */
    List<CorpusEvent> candidates(Event e, String articleId) {
        String type = e.type().name();
        Map<CorpusEvent, Boolean> found = new IdentityHashMap<>();
        collect(type + "|article|" + articleId, found);
        for (Event.Actor a : e.actors()) {
            collect(type + "|actor|" + (a.entityId() != null ? a.entityId() : "name:" + Source.fold(a.name())), found);
        }
        if (e.date() != null && e.date().length() == 10) {
            collect(type + "|day|" + e.date(), found);
        }
        Event.Location l = e.location();
        if (l != null) {
            if (l.entityId() != null) {
                collect(type + "|id|" + l.entityId(), found);
            }
            collect(type + "|unlinked|" + Source.fold(l.name()), found);
            collect(type + "|admin1|" + l.name(), found);
            Place p = l.place();
            if (p != null) {
                if (p.admin1() != null) {
                    collect(type + "|name|" + p.admin1(), found);
                }
                if (p.country() != null) {
                    collect(type + (p.precision() == Place.Precision.COUNTRY ? "|in-country|" : "|country|") + p.country(),
                            found);
                }
            }
        }
        List<CorpusEvent> out = new ArrayList<>(found.keySet());
        out.sort(Comparator.comparingInt(CorpusEvent::id));
        return out;
    }

    private void file(String key, CorpusEvent c) {
        List<CorpusEvent> block = blocks.computeIfAbsent(key, k -> new ArrayList<>());
        // filed at most once in a row: reports of one article join one after the other
        if (block.isEmpty() || block.getLast() != c) {
            block.add(c);
        }
    }

    private void collect(String key, Map<CorpusEvent, Boolean> found) {
        List<CorpusEvent> block = blocks.get(key);
        if (block != null) {
            block.forEach(c -> found.put(c, Boolean.TRUE));
        }
    }
}
