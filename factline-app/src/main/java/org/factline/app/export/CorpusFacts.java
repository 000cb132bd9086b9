package org.factline.app.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.factline.extract.kb.KbEntity;
import org.factline.extract.kb.KnowledgeBase;
import org.factline.knowledge.corpus.Contradiction;
import org.factline.knowledge.corpus.Corpus;
import org.factline.knowledge.corpus.CorpusEntity;
import org.factline.knowledge.corpus.CorpusEvent;
import org.factline.knowledge.corpus.Figure;
import org.factline.knowledge.corpus.Statement;
import org.factline.model.Analysis;
import org.factline.model.EntityType;
import org.factline.model.Place;

/**
 * What the exports of a corpus look up besides the corpus itself: articles by id, the disagreements, each
 * event's figures, and what the knowledge base tells of an entity (its country, whether it is one).
 */
final class CorpusFacts {

    private final Corpus corpus;
    private final Instant exported;
    private final KnowledgeBase kb = KnowledgeBase.standard();
    private final Map<String, Analysis> articles = new HashMap<>();
    private final List<Contradiction> contradictions;
    private final Map<CorpusEvent, List<Figure>> figures = new IdentityHashMap<>();
    private final Countries countries = Countries.standard();
    private final ActorKinds kinds = ActorKinds.standard();

    CorpusFacts(Corpus corpus, Instant exported) {
        this.corpus = corpus;
        this.exported = exported;
        for (Analysis a : corpus.analyses()) {
            articles.put(a.article().id(), a);
        }
        this.contradictions = corpus.contradictions();
        for (Figure f : corpus.figures()) {
            if (f.event() != null) {
                figures.computeIfAbsent(f.event(), k -> new ArrayList<>()).add(f);
            }
        }
    }

    Corpus corpus() {
        return corpus;
    }

    /** When the export was made: written only where a record has no report time of its own. */
    Instant exported() {
        return exported;
    }

    Analysis article(String id) {
        return articles.get(id);
    }

    Countries countries() {
        return countries;
    }

    ActorKinds kinds() {
        return kinds;
    }

    List<Contradiction> contradictions() {
        return contradictions;
    }

    /** The disagreements one of these statements is a side of. */
    List<Contradiction> disputes(List<Statement> statements) {
        List<Contradiction> out = new ArrayList<>();
        for (Contradiction c : contradictions) {
            if (statements.stream().anyMatch(s -> c.a().overlaps(s) || c.b().overlaps(s))) {
                out.add(c);
            }
        }
        return out;
    }

    List<Figure> figures(CorpusEvent e) {
        return figures.getOrDefault(e, List.of());
    }

    List<EventFacts> events() {
        List<EventFacts> out = new ArrayList<>();
        for (CorpusEvent e : corpus.events()) {
            out.add(new EventFacts(e, this));
        }
        return out;
    }

    /** The ISO 3166-1 alpha-2 code of an entity's country (a person's, a body's, a place's), or null. */
    String countryOf(String entityId) {
        if (entityId == null) {
            return null;
        }
        KbEntity known = kb.byId(entityId).orElse(null);
        if (known != null && known.country() != null) {
            return known.country();
        }
        Place p = placeOf(entityId);
        return p == null ? null : p.country();
    }

    /** Whether an entity is a country. */
    boolean isCountry(String entityId) {
        if (entityId == null) {
            return false;
        }
        KbEntity known = kb.byId(entityId).orElse(null);
        if (known != null) {
            return known.isCountry();
        }
        CorpusEntity e = corpus.entity(entityId).orElse(null);
        return e != null && e.type() == EntityType.GPE && e.place() != null
                && e.place().precision() == Place.Precision.COUNTRY;
    }

    /** Where an entity is, when it is a place, or null. */
    Place placeOf(String entityId) {
        if (entityId == null) {
            return null;
        }
        CorpusEntity e = corpus.entity(entityId).orElse(null);
        if (e != null && e.place() != null) {
            return e.place();
        }
        return kb.byId(entityId).map(KbEntity::place).orElse(null);
    }

    /** A country's centre, for an actor known only by its country. */
    Place countryPlace(String iso2) {
        return iso2 == null ? null : kb.country(iso2).map(KbEntity::place).orElse(null);
    }
}
