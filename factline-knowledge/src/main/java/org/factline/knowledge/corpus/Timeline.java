package org.factline.knowledge.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.factline.model.Analysis;
import org.factline.model.Claim;
import org.factline.model.Event;
import org.factline.model.Mention;

/**
 * Events and claims in valid-time order (when it happened or was said; undated ones at the time they were
 * reported), each with its reports, its sources and whether it is part of a disagreement.
 */
public final class Timeline {

    /** What to show: about an entity, of a type, within valid dates (inclusive, any precision). */
    public record Query(CorpusEntity about, String type, String from, String to) {

        public static Query all() {
            return new Query(null, null, null, null);
        }
    }

    /**
     * One line of the timeline.
     *
     * @param kind       "event" or "claim"
     * @param type       the event type, or the claim's stance (assert, deny, confirm, accuse, praise)
     * @param valid      when it happened or was said, or null
     * @param summary    a few words: the event's label, or the speaker
     * @param reports    every report, in report order
     * @param disputed   the kinds of the disagreements it is a side of
     * @param event      the corpus event an event line shows (its id, place and actors), null for a claim
     */
    public record Entry(String kind, String type, String valid, String summary, List<Report> reports, List<String> disputed,
                        CorpusEvent event) {

        /** Where an undated entry stands: its valid date, else its first report. */
        String time() {
            if (Dates.isCalendar(valid)) {
                return Dates.first(valid);
            }
            return reports.isEmpty() ? "9999-12-31" : reports.getFirst().statement().time();
        }
    }

    /** A report in a timeline entry: who said it where and when, and whether they deny it. */
    public record Report(Statement statement, boolean denied) {
    }

    private Timeline() {
    }

    public static List<Entry> of(Corpus corpus, Query query) {
        return of(corpus, query, s -> true);
    }

    /**
     * The timeline, of the entries with a report that {@code reported} accepts (who said it, …): tested before an
     * entry is made, which on a large corpus costs more than the test.
     */
    public static List<Entry> of(Corpus corpus, Query query, java.util.function.Predicate<Statement> reported) {
        Disputes contradictions = corpus.disputes();
        List<Entry> out = new ArrayList<>();
        if (query.type() == null || !query.type().equalsIgnoreCase("claim")) {
            for (CorpusEvent e : corpus.events()) {
                if (query.type() != null && !e.type().name().equalsIgnoreCase(query.type())) {
                    continue;
                }
                if (query.about() != null && !about(e, query.about())) {
                    continue;
                }
                if (e.reports().stream().noneMatch(r -> reported.test(r.statement()))) {
                    continue;
                }
                List<Report> reports = e.reports().stream().map(r -> new Report(r.statement(), r.denied())).toList();
                out.add(new Entry("event", e.type().name(), e.date(), e.label(), reports, disputed(contradictions, reports), e));
            }
        }
        if (query.type() == null || query.type().equalsIgnoreCase("claim")) {
            boolean claimsOnly = query.type() != null;
            for (Analysis a : corpus.analyses()) {
                Set<Integer> told = new HashSet<>();
                a.events().forEach(e -> told.add(e.claim()));
                for (int i = 0; i < a.claims().size(); i++) {
                    Claim c = a.claims().get(i);
                    // a claim that reports an event is shown as that event's report, unless only claims are asked for
                    if (!claimsOnly && told.contains(i) || query.about() != null && !about(a, c, query.about())) {
                        continue;
                    }
                    Statement s = corpus.statementOf(a, c);
                    if (!reported.test(s)) {
                        continue;
                    }
                    List<Report> reports = List.of(new Report(s, c.denies()));
                    String stance = c.denies() ? "deny" : c.stance().name().toLowerCase(java.util.Locale.ROOT);
                    out.add(new Entry("claim", stance, c.date(), s.source().name(), reports, disputed(contradictions, reports),
                            null));
                }
            }
        }
        String from = query.from() == null ? null : Dates.first(query.from());
        String to = query.to() == null ? null : Dates.last(query.to());
        List<Timed> kept = new ArrayList<>();
        for (Entry e : out) {
            String t = e.time();
            if (from != null && t.compareTo(from) < 0 || to != null && t.compareTo(to) > 0) {
                continue;
            }
            kept.add(new Timed(t, e.reports().isEmpty() ? "" : e.reports().getFirst().statement().time(), e));
        }
        kept.sort(Comparator.comparing(Timed::time).thenComparing(Timed::reported));
        return kept.stream().map(Timed::entry).toList();
    }

    /** An entry with its sort keys worked out once, not at every comparison. */
    private record Timed(String time, String reported, Entry entry) {
    }

    /**
     * The disagreements of a corpus, in order, by the articles of their sides: a side overlaps only its own article.
     * Made once a corpus ({@link Corpus#disputes()}), not for every timeline asked of it.
     */
    static final class Disputes {

        private final List<Contradiction> all;
        private final java.util.Map<String, List<Integer>> byArticle = new java.util.HashMap<>();

        Disputes(List<Contradiction> all) {
            this.all = all;
            for (int i = 0; i < all.size(); i++) {
                Contradiction c = all.get(i);
                byArticle.computeIfAbsent(c.a().articleId(), k -> new ArrayList<>()).add(i);
                if (!c.b().articleId().equals(c.a().articleId())) {
                    byArticle.computeIfAbsent(c.b().articleId(), k -> new ArrayList<>()).add(i);
                }
            }
        }

        /** Those among the disagreements that may have a side in these reports' articles, in order. */
        java.util.SortedSet<Integer> near(List<Report> reports) {
            java.util.SortedSet<Integer> out = new java.util.TreeSet<>();
            for (Report r : reports) {
                out.addAll(byArticle.getOrDefault(r.statement().articleId(), List.of()));
            }
            return out;
        }
    }

    private static List<String> disputed(Disputes contradictions, List<Report> reports) {
        Set<String> kinds = new java.util.LinkedHashSet<>();
        for (int i : contradictions.near(reports)) {
            Contradiction c = contradictions.all.get(i);
            for (Report r : reports) {
                if (c.a().overlaps(r.statement()) || c.b().overlaps(r.statement())) {
                    kinds.add(c.kind().label());
                }
            }
        }
        return List.copyOf(kinds);
    }

    private static boolean about(CorpusEvent e, CorpusEntity entity) {
        Set<String> ids = entity.ids();
        for (CorpusEvent.Report r : e.reports()) {
            Event ev = r.event();
            if (ev.location() != null && ev.location().entityId() != null && ids.contains(ev.location().entityId())) {
                return true;
            }
            for (Event.Actor x : ev.actors()) {
                if (x.entityId() != null && ids.contains(x.entityId())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean about(Analysis a, Claim c, CorpusEntity entity) {
        Set<String> ids = new HashSet<>(entity.ids());
        if (c.speaker() != null && c.speaker().entityId() != null && ids.contains(c.speaker().entityId())) {
            return true;
        }
        for (Mention m : a.mentions()) {
            if (m.entityId() != null && ids.contains(m.entityId()) && c.quote().contains(m.span())) {
                return true;
            }
        }
        return false;
    }
}
