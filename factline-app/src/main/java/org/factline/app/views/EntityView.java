package org.factline.app.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.factline.extract.kb.KbEntity;
import org.factline.extract.kb.KnowledgeBase;
import org.factline.knowledge.corpus.Corpus;
import org.factline.knowledge.corpus.CorpusEntity;
import org.factline.knowledge.corpus.Timeline;

/**
 * One entity across a corpus: the articles that name it, the offices the knowledge base knows it held, the claims
 * it makes, the claims about it and the events it takes part in, as {@code factline entity} shows them.
 *
 * @param entity   the entity
 * @param articles the documents that name it, in report order
 * @param roles    its offices: {@code role}, {@code of}, {@code from}, {@code to}
 * @param by       claims it makes
 * @param about    other claims that name it
 * @param events   events it takes part in (as actor or place)
 */
public record EntityView(CorpusEntity entity, List<String> articles, List<Map<String, Object>> roles,
                         List<Timeline.Entry> by, List<Timeline.Entry> about, List<Timeline.Entry> events) {

    /**
     * The entity a user's words name (any spelling, accents folded): of several, the first the knowledge base knows,
     * else the most named.
     */
    public static Optional<CorpusEntity> named(Corpus corpus, String words) {
        List<CorpusEntity> found = corpus.find(words);
        return found.stream().filter(CorpusEntity::known).findFirst().or(() -> found.stream().findFirst());
    }

    public static EntityView of(Corpus corpus, CorpusEntity e) {
        List<Timeline.Entry> all = Timeline.of(corpus, new Timeline.Query(e, null, null, null));
        Set<String> ids = e.ids();
        // a speaker the text does not link (the outlet, "les autorités locales") has no entity id
        List<Timeline.Entry> by = all.stream().filter(x -> x.kind().equals("claim") && x.reports().stream()
                .anyMatch(r -> r.statement().source().entityId() != null && ids.contains(r.statement().source().entityId())))
                .toList();
        List<Timeline.Entry> about = all.stream().filter(x -> x.kind().equals("claim") && !by.contains(x)).toList();
        List<Timeline.Entry> events = all.stream().filter(x -> x.kind().equals("event")).toList();
        List<String> docs = corpus.analyses().stream().filter(a -> e.namedIn(a.article().id()))
                .map(a -> a.article().doc()).toList();
        return new EntityView(e, docs, roles(e), by, about, events);
    }

    /** What names an entity: {@code id}, {@code name}, {@code type}, {@code known}, {@code aliases}. */
    public static Map<String, Object> identity(CorpusEntity e) {
        return ExtractJson.identity(e.id(), e.name(), e.type(), e.known(), e.aliases());
    }

    /** As {@code factline entity --format json} prints it. */
    public Map<String, Object> json() {
        CorpusEntity e = entity;
        Map<String, Object> o = identity(e);
        o.put("spellings", e.spellings());
        if (e.place() != null) {
            o.put("lat", e.place().lat());
            o.put("lon", e.place().lon());
            o.put("country", e.place().country());
        }
        o.put("roles", roles);
        o.put("articles", articles);
        o.put("claims_by", by.stream().map(CorpusJson::entry).toList());
        o.put("claims_about", about.stream().map(CorpusJson::entry).toList());
        o.put("events", events.stream().map(CorpusJson::entry).toList());
        return o;
    }

    /** The offices the knowledge base knows it held, with their dates ("head_of_state of Russia, 2012-05-07 –"). */
    private static List<Map<String, Object>> roles(CorpusEntity e) {
        KnowledgeBase kb = KnowledgeBase.standard();
        List<Map<String, Object>> out = new ArrayList<>();
        kb.byId(e.id()).ifPresent(k -> k.roles().forEach(r -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("role", r.role().name().toLowerCase(Locale.ROOT));
            o.put("of", kb.byId(r.of()).map(KbEntity::name).orElse(r.of()));
            o.put("from", r.from() == null ? null : r.from().toString());
            o.put("to", r.to() == null ? null : r.to().toString());
            out.add(o);
        }));
        return out;
    }
}
