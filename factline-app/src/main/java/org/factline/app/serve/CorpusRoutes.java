package org.factline.app.serve;

import io.javalin.http.Context;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.factline.app.views.Claims;
import org.factline.app.views.CorpusJson;
import org.factline.app.views.EntityView;
import org.factline.app.views.EventJson;
import org.factline.app.views.ExtractJson;
import org.factline.knowledge.corpus.ClaimThread;
import org.factline.knowledge.corpus.CorpusEntity;
import org.factline.knowledge.corpus.Statement;
import org.factline.knowledge.corpus.Timeline;
import org.factline.model.EntityType;
import org.factline.model.EventType;

/**
 * The views across articles, each as of a date when asked ({@code as_of}): entities, events, claims, claim threads,
 * disagreements and the timeline. A filter naming an entity the corpus does not have ({@code about},
 * {@code speaker}) gives an empty answer that says so: a date slider can move back before an entity was named.
 */
final class CorpusRoutes {

    private static final Comparator<CorpusEntity> MOST_NAMED_FIRST = Comparator
            .comparingInt((CorpusEntity e) -> -e.articles().size())
            .thenComparing(CorpusEntity::name)
            .thenComparing(CorpusEntity::id);

    private final CorpusCache cache;

    CorpusRoutes(CorpusCache cache) {
        this.cache = cache;
    }

    /** A page of entities: {@code q} (any spelling, accents folded), {@code type}; most named first. */
    void entities(Context ctx) {
        Params p = new Params(ctx);
        String q = p.text("q");
        EntityType type = p.entityType("type");
        CorpusView view = cache.view(p.date("as_of"));
        Page page = p.page();
        List<CorpusEntity> found = view.corpus().entities().stream()
                .filter(e -> q == null || e.match(q) > 0)
                .filter(e -> type == null || e.type() == type)
                .sorted(MOST_NAMED_FIRST)
                .toList();
        Server.json(ctx, 200, page.of(found, CorpusRoutes::entitySummary));
    }

    /** One entity by id, as {@code factline entity --format json} shows it, with its place and events. */
    void entity(Context ctx) {
        String id = ctx.pathParam("id");
        CorpusView view = cache.view(new Params(ctx).date("as_of"));
        CorpusEntity e = view.corpus().entity(id).orElseThrow(() -> ApiError.notFound("no entity with the id '" + id
                + "' (GET /api/entities?q=NAME finds entities by name)"));
        EntityView v = EntityView.of(view.corpus(), e);
        Map<String, Object> o = v.json();
        o.put("place", ExtractJson.place(e.place()));
        o.put("events", v.events().stream().map(x -> EventJson.of(x, view.corpus())).toList());
        Server.json(ctx, 200, o);
    }

    /** A page of events in valid-time order: {@code type}, {@code about}, {@code from}, {@code to}. */
    void events(Context ctx) {
        Params p = new Params(ctx);
        EventType type = p.eventType("type");
        Asked asked = Asked.of(cache, p, type == null ? null : type.name());
        Page page = p.page();
        List<Timeline.Entry> events = asked.everything() ? asked.view().events()
                : asked.entries().stream().filter(e -> e.event() != null).toList();
        Server.json(ctx, 200, asked.about().say(page.of(events, e -> EventJson.of(e, asked.view().corpus()))));
    }

    /** One event by its id in the corpus view ({@code as_of} gives the view). */
    void event(Context ctx) {
        String id = ctx.pathParam("id");
        CorpusView view = cache.view(new Params(ctx).date("as_of"));
        Timeline.Entry found = view.events().stream().filter(e -> String.valueOf(e.event().id()).equals(id)).findFirst()
                .orElseThrow(() -> ApiError.notFound("no event with the id '" + id + "'"
                        + " (ids are those GET /api/events gives, for the same as_of)"));
        Server.json(ctx, 200, EventJson.of(found, view.corpus()));
    }

    /** A page of claims in date order: {@code speaker}, {@code about}, {@code from}, {@code to}. */
    void claims(Context ctx) {
        Params p = new Params(ctx);
        Asked asked = Asked.of(cache, p, "claim");
        Page page = p.page();
        Filter speaker = Filter.of(asked.view(), p.text("speaker"), asked.asOf());
        Timeline.Query q = asked.query();
        List<Timeline.Entry> claims = speaker.unknown() || asked.about().unknown() ? List.of()
                : Claims.of(asked.view().corpus(), q.about(), speaker.entity(), q.from(), q.to());
        Server.json(ctx, 200, speaker.say(asked.about().say(page.of(claims, CorpusRoutes::claim))));
    }

    /** Claim threads: each proposition with every source's stance; {@code about} keeps those that name an entity. */
    void threads(Context ctx) {
        Params p = new Params(ctx);
        String asOf = p.date("as_of");
        CorpusView view = cache.view(asOf);
        Filter about = Filter.of(view, p.text("about"), asOf);
        List<ClaimThread> threads = view.threads();
        if (about.unknown()) {
            threads = List.of();
        } else if (about.entity() != null) {
            List<Statement> naming = Timeline.of(view.corpus(), new Timeline.Query(about.entity(), null, null, null)).stream()
                    .flatMap(e -> e.reports().stream()).map(Timeline.Report::statement).toList();
            threads = threads.stream().filter(t -> t.stances().stream()
                    .anyMatch(st -> naming.stream().anyMatch(st.statement()::overlaps))).toList();
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("items", threads.stream().map(CorpusJson::thread).toList());
        Server.json(ctx, 200, about.say(o));
    }

    /** Where sources disagree, as {@code factline contradictions --format json} prints it. */
    void disagreements(Context ctx) {
        CorpusView view = cache.view(new Params(ctx).date("as_of"));
        Server.json(ctx, 200, CorpusJson.contradictions(view.contradictions()));
    }

    /**
     * The timeline, as {@code factline timeline --format json} prints it, each event line with its event's id and
     * place: {@code about}, {@code type} (an event type or CLAIM), {@code from}, {@code to}.
     */
    void timeline(Context ctx) {
        Params p = new Params(ctx);
        Asked asked = Asked.of(cache, p, p.timelineType("type"));
        List<Map<String, Object>> lines = asked.entries().stream().map(e -> {
            Map<String, Object> o = CorpusJson.entry(e);
            if (e.event() != null) {
                o.put("event", e.event().id());
                o.put("location", ExtractJson.location(e.event().location()));
            }
            return o;
        }).toList();
        Map<String, Object> o = new LinkedHashMap<>(CorpusJson.timeline(asked.asOf(), asked.view().corpus(), lines));
        Server.json(ctx, 200, asked.about().say(o));
    }

    private static Map<String, Object> entitySummary(CorpusEntity e) {
        Map<String, Object> o = EntityView.identity(e);
        o.put("articles", e.articles().size());
        o.put("place", ExtractJson.place(e.place()));
        return o;
    }

    /** A claim as {@code factline claims --format json} lists it, with its stance, words and speaker at hand. */
    private static Map<String, Object> claim(Timeline.Entry e) {
        Map<String, Object> o = CorpusJson.entry(e);
        Statement s = e.reports().getFirst().statement();
        o.put("stance", e.type());
        o.put("quote", s.says());
        Map<String, Object> speaker = new LinkedHashMap<>();
        speaker.put("name", s.source().name());
        speaker.put("id", s.source().entityId());
        o.put("speaker", speaker);
        return o;
    }

    /**
     * What a timeline is asked ({@code from}, {@code to}, {@code about}, of a type) of the corpus as of a date
     * ({@code as_of}).
     */
    private record Asked(String asOf, CorpusView view, Filter about, Timeline.Query query) {

        static Asked of(CorpusCache cache, Params p, String type) {
            String from = p.date("from");
            String to = p.date("to");
            String asOf = p.date("as_of");
            CorpusView view = cache.view(asOf);
            Filter about = Filter.of(view, p.text("about"), asOf);
            return new Asked(asOf, view, about, new Timeline.Query(about.entity(), type, from, to));
        }

        /** Whether nothing narrows it. */
        boolean everything() {
            return about.words() == null && query.type() == null && query.from() == null && query.to() == null;
        }

        /** The timeline's lines; none when {@code about} names no entity. */
        List<Timeline.Entry> entries() {
            return about.unknown() ? List.of() : Timeline.of(view.corpus(), query);
        }
    }

    /**
     * A filter by entity: none asked ({@code entity} null), the entity the words name, or words that name none
     * ({@code unknown}), which the answer then says in its {@code message}.
     */
    private record Filter(String words, CorpusEntity entity, String asOf) {

        static Filter of(CorpusView view, String words, String asOf) {
            Optional<CorpusEntity> e = words == null ? Optional.empty() : view.named(words);
            return new Filter(words, e.orElse(null), asOf);
        }

        boolean unknown() {
            return words != null && entity == null;
        }

        /** The answer, with a message when the words named no entity. */
        Map<String, Object> say(Map<String, Object> answer) {
            if (unknown()) {
                answer.put("message", "no entity named '" + words + "' in the articles"
                        + (asOf == null ? "" : " reported by " + asOf));
            }
            return answer;
        }
    }
}
