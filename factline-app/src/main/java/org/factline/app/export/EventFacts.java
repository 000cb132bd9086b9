package org.factline.app.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factline.knowledge.corpus.Contradiction;
import org.factline.knowledge.corpus.CorpusEvent;
import org.factline.knowledge.corpus.Dates;
import org.factline.knowledge.corpus.Statement;
import org.factline.model.Analysis;
import org.factline.model.Event;
import org.factline.model.EventType;
import org.factline.model.Place;
import org.factline.model.Span;

/**
 * One corpus event as the event exports (ACLED, GDELT, GeoJSON) see it: its actors with their kinds, where
 * and when, who reported it in which articles, whether it is told as having happened, and whether sources
 * dispute it.
 */
final class EventFacts {

    /** An actor of the event, once however many reports name it, with its kind and its country (ISO alpha-2). */
    record Actor(Event.Role role, Event.Actor actor, ActorKinds.Kind kind, String country) {

        String name() {
            return actor.name();
        }
    }

    private final CorpusEvent event;
    private final CorpusFacts corpus;
    private final List<Actor> actors = new ArrayList<>();
    private final List<Contradiction> disputes;

    EventFacts(CorpusEvent event, CorpusFacts corpus) {
        this.event = event;
        this.corpus = corpus;
        Map<String, Actor> byKey = new LinkedHashMap<>();
        for (CorpusEvent.Report r : event.reports()) {
            for (Event.Actor a : r.event().actors()) {
                String key = a.entityId() != null ? a.entityId() : "name:" + a.name().toLowerCase(java.util.Locale.ROOT);
                byKey.computeIfAbsent(key, k -> new Actor(a.role(), a,
                        corpus.kinds().of(a, corpus.isCountry(a.entityId())), corpus.countryOf(a.entityId())));
            }
        }
        actors.addAll(byKey.values());
        this.disputes = corpus.disputes(event.reports().stream().map(CorpusEvent.Report::statement).toList());
    }

    CorpusEvent event() {
        return event;
    }

    EventType type() {
        return event.type();
    }

    List<CorpusEvent.Report> reports() {
        return event.reports();
    }

    List<Actor> actors() {
        return List.copyOf(actors);
    }

    List<Actor> actors(Event.Role role) {
        return actors.stream().filter(a -> a.role() == role).toList();
    }

    /** Who acts: the first agent, else the first participant, else null. */
    Actor actor1() {
        List<Actor> agents = actors(Event.Role.AGENT);
        if (!agents.isEmpty()) {
            return agents.getFirst();
        }
        List<Actor> participants = actors(Event.Role.PARTICIPANT);
        return participants.isEmpty() ? null : participants.getFirst();
    }

    /** Who is acted on: the first patient, else the second participant when the first is actor 1, else null. */
    Actor actor2() {
        List<Actor> patients = actors(Event.Role.PATIENT);
        if (!patients.isEmpty()) {
            return patients.getFirst();
        }
        List<Actor> participants = actors(Event.Role.PARTICIPANT);
        return actors(Event.Role.AGENT).isEmpty() && participants.size() > 1 ? participants.get(1) : null;
    }

    /** Actors of a role other than {@link #actor1()} and {@link #actor2()}: ACLED's associated actors. */
    List<Actor> others(Event.Role role) {
        return actors(role).stream().filter(a -> a != actor1() && a != actor2()).toList();
    }

    /**
     * Whether a source tells it as having happened: at least one report asserts it without denying it (an attack
     * that failed is still an attack). Planned, denied and hypothetical events are not records of what happened.
     */
    boolean happened() {
        for (CorpusEvent.Report r : event.reports()) {
            Event.Modality m = r.event().modality();
            if (!r.denied() && (m == Event.Modality.ASSERTED || m == Event.Modality.FAILED && type() == EventType.ATTACK)) {
                return true;
            }
        }
        return false;
    }

    Event.Location location() {
        return event.location();
    }

    /** Coordinates and precision of where it happened, or null. */
    Place place() {
        return event.location() == null ? null : event.location().place();
    }

    /** The disagreements a report of it is a side of. */
    List<Contradiction> disputes() {
        return disputes;
    }

    /** Who denies it ("Russia"), in report order. */
    List<String> deniedBy() {
        Set<String> out = new LinkedHashSet<>();
        for (CorpusEvent.Report r : event.reports()) {
            if (r.denied()) {
                out.add(r.statement().source().name());
            }
        }
        return List.copyOf(out);
    }

    Analysis article(CorpusEvent.Report r) {
        return corpus.article(r.statement().articleId());
    }

    Analysis firstArticle() {
        return article(event.reports().getFirst());
    }

    /** An article's outlet, or its document name when it names none. */
    static String outlet(Analysis a) {
        String o = a.article().outlet();
        return o == null || o.isBlank() ? a.article().doc() : o;
    }

    /** The outlets of the articles that report it, in report order. */
    List<String> outlets() {
        Set<String> out = new LinkedHashSet<>();
        event.reports().forEach(r -> out.add(outlet(article(r))));
        return List.copyOf(out);
    }

    /** The outlets, then the speakers they quote, in report order: who reports it. */
    List<String> sources() {
        Set<String> out = new LinkedHashSet<>(outlets());
        for (CorpusEvent.Report r : event.reports()) {
            if (!r.statement().source().narrator()) {
                out.add(r.statement().source().name());
            }
        }
        return List.copyOf(out);
    }

    int articles() {
        Set<String> ids = new LinkedHashSet<>();
        event.reports().forEach(r -> ids.add(r.statement().articleId()));
        return ids.size();
    }

    /** Every passage that tells it, in every report. */
    int mentions() {
        return event.reports().stream().mapToInt(r -> r.event().evidence().size()).sum();
    }

    /** Whether an article tells it in its lead (its first paragraph). */
    boolean inLead() {
        for (CorpusEvent.Report r : event.reports()) {
            List<Span> paragraphs = article(r).article().paragraphs();
            if (!paragraphs.isEmpty() && paragraphs.getFirst().contains(r.event().evidence().getFirst())) {
                return true;
            }
        }
        return false;
    }

    /** The first day of the earliest and of the latest report's publication date (YYYY-MM-DD), or null. */
    String firstReported() {
        return event.reports().stream().map(r -> r.statement().reported()).filter(Dates::isCalendar).map(Dates::first)
                .min(String::compareTo).orElse(null);
    }

    String lastReported() {
        return event.reports().stream().map(r -> r.statement().reported()).filter(Dates::isCalendar).map(Dates::first)
                .max(String::compareTo).orElse(null);
    }

    /** The words of its first report, on one line. */
    String evidence() {
        CorpusEvent.Report first = event.reports().getFirst();
        return oneLine(first.event().evidence().getFirst().of(article(first).text()));
    }

    /** Its triggers and evidence in every report: what the mapping rules read. */
    List<String> texts() {
        List<String> out = new ArrayList<>();
        for (CorpusEvent.Report r : event.reports()) {
            out.add(r.event().triggerText());
            String text = article(r).text();
            r.event().evidence().forEach(s -> out.add(s.of(text)));
        }
        return out;
    }

    /** Statement words on one line: runs of white space (tabs, line breaks) become one space. */
    static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    /** Statements of its reports. */
    List<Statement> statements() {
        return event.reports().stream().map(CorpusEvent.Report::statement).toList();
    }
}
