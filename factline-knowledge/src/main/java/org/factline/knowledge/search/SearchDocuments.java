package org.factline.knowledge.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factline.knowledge.search.SearchDocument.Kind;
import org.factline.model.Analysis;
import org.factline.model.Article;
import org.factline.model.Claim;
import org.factline.model.Entity;
import org.factline.model.Event;
import org.factline.model.Mention;
import org.factline.model.Span;

/** The documents the search index holds for an article: the article itself, each of its claims and events. */
public final class SearchDocuments {

    private SearchDocuments() {
    }

    /** The article alone, for an article not analysed (yet, or in a language Factline cannot analyse). */
    public static SearchDocument of(Article article) {
        return article(article, List.of());
    }

    /**
     * The article, with the names of every entity it mentions, then its claims and its events, in the order of
     * the analysis: claim {@code i} has the id {@link SearchDocument#claimId(String, int) claimId(article, i)}.
     */
    public static List<SearchDocument> of(Analysis analysis) {
        Names names = new Names(analysis);
        List<SearchDocument> out = new ArrayList<>(1 + analysis.claims().size() + analysis.events().size());
        out.add(article(analysis.article(), names.all()));
        for (int i = 0; i < analysis.claims().size(); i++) {
            out.add(claim(analysis, i, names));
        }
        for (int i = 0; i < analysis.events().size(); i++) {
            out.add(event(analysis, i, names));
        }
        return out;
    }

    private static SearchDocument article(Article a, List<String> names) {
        DateRange published = a.published() == null ? null : DateRange.of(a.published());
        return new SearchDocument(Kind.ARTICLE, a.id(), a.id(), a.doc(), a.language().code(), published, published,
                a.title(), a.text(), names, null, null);
    }

    private static SearchDocument claim(Analysis analysis, int index, Names names) {
        Article a = analysis.article();
        Claim c = analysis.claims().get(index);
        Set<String> mentioned = new LinkedHashSet<>();
        if (c.speaker() != null) {
            mentioned.addAll(names.of(c.speaker().entityId(), c.speaker().name()));
        }
        mentioned.addAll(names.within(c.quote() == null ? List.of() : List.of(c.quote())));
        return new SearchDocument(Kind.CLAIM, SearchDocument.claimId(a.id(), index), a.id(), a.doc(),
                a.language().code(), DateRange.parse(c.date()).orElse(null), reported(a), a.title(), c.quoteText(),
                List.copyOf(mentioned), c.speaker() == null ? null : c.speaker().name(), c.stance().name());
    }

    private static SearchDocument event(Analysis analysis, int index, Names names) {
        Article a = analysis.article();
        Event e = analysis.events().get(index);
        Set<String> mentioned = new LinkedHashSet<>();
        for (Event.Actor actor : e.actors()) {
            mentioned.addAll(names.of(actor.entityId(), actor.name()));
        }
        if (e.location() != null) {
            mentioned.addAll(names.of(e.location().entityId(), e.location().name()));
        }
        mentioned.addAll(names.within(e.evidence()));
        String text = e.evidence().isEmpty()
                ? e.triggerText()
                : e.evidence().stream().map(s -> s.of(a.text())).collect(Collectors.joining(" … "));
        Claim source = e.claim() >= 0 && e.claim() < analysis.claims().size() ? analysis.claims().get(e.claim()) : null;
        String speaker = source == null || source.speaker() == null ? null : source.speaker().name();
        return new SearchDocument(Kind.EVENT, SearchDocument.eventId(a.id(), index), a.id(), a.doc(),
                a.language().code(), DateRange.parse(e.date()).orElse(null), reported(a), a.title(), text,
                List.copyOf(mentioned), speaker, e.type().name());
    }

    private static DateRange reported(Article a) {
        return a.published() == null ? null : DateRange.of(a.published());
    }

    /** The names of the entities of an analysis: the canonical one and every spelling the article uses. */
    private static final class Names {

        private final Map<String, Entity> entities;
        private final List<Mention> mentions;

        Names(Analysis analysis) {
            this.entities = analysis.entities().stream()
                    .collect(Collectors.toMap(Entity::id, Function.identity(), (first, second) -> first));
            this.mentions = analysis.mentions();
        }

        List<String> all() {
            Set<String> out = new LinkedHashSet<>();
            entities.values().forEach(e -> out.addAll(of(e)));
            return List.copyOf(out);
        }

        /** The names of the entity with this id, else {@code name} alone (a speaker the text names but nobody knows). */
        List<String> of(String entityId, String name) {
            Entity entity = entityId == null ? null : entities.get(entityId);
            if (entity != null) {
                return of(entity);
            }
            return name == null ? List.of() : List.of(name);
        }

        /** The names of the entities mentioned within these spans. */
        Set<String> within(List<Span> spans) {
            Set<String> out = new LinkedHashSet<>();
            for (Mention m : mentions) {
                if (m.entityId() != null && spans.stream().anyMatch(s -> s.contains(m.span()))) {
                    out.addAll(of(m.entityId(), null));
                }
            }
            return out;
        }

        private static List<String> of(Entity e) {
            List<String> out = new ArrayList<>();
            out.add(e.name());
            out.addAll(e.aliases());
            return out;
        }
    }
}
