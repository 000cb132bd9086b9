package org.factline.knowledge.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factline.model.Analysis;
import org.factline.model.Claim;
import org.factline.model.EntityType;
import org.factline.model.Event;
import org.factline.model.EventType;
import org.factline.model.Mention;
import org.factline.model.PublicationDate;
import org.factline.model.Quantity;
import org.factline.model.Span;

/**
 * Many articles put together: the same event told by several of them is one {@link CorpusEvent} with all
 * its reports; every figure is a {@link Figure} that knows what it measures; {@link #contradictions()}
 * tells where sources disagree or change their story. A corpus is a value: {@link #asOf(String)} gives the
 * corpus of what had been reported by a date, which articles published later can never change.
 */
public final class Corpus {

    /** Longest wording kept for a statement told by the outlet itself (an evidence sentence). */
    private static final int SAYS = 280;

    private final List<Analysis> analyses;
    private final Parties parties;
    private final List<CorpusEvent> events = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private final java.util.Map<String, CorpusEntity> entities = new java.util.LinkedHashMap<>();
    /** For each article, the corpus keys of the entities it names that are smaller than a country. */
    private final java.util.Map<String, Set<String>> storyEntities = new java.util.HashMap<>();
    /** Every entity id the articles use, to its corpus entity's key. */
    private final java.util.Map<String, String> entityKeys = new java.util.HashMap<>();
    /** For each analysis, the corpus event of each of its events (null for hypotheses). */
    private final Map<Analysis, List<CorpusEvent>> eventOf = new java.util.IdentityHashMap<>();
    /**
     * The keys of the entities the knowledge base does not know, by type and consonants of their romanised name:
     * two names can only be the same once transliterated when these are the same ({@link Names}).
     */
    private final Map<String, List<String>> unknownByConsonants = new java.util.HashMap<>();
    /** The corpus events an event may join, by what they would have in common ({@link EventBlocks}). */
    private final EventBlocks eventBlocks = new EventBlocks();
    /**
     * The statement of every claim, made once: each view (timeline, claims by a speaker, the disagreements) asks for
     * them all, which at a million claims cost seconds a question. Filled by the constructor, read-only after.
     */
    private final Map<Claim, Statement> claimStatements = new java.util.IdentityHashMap<>();
    private List<Contradiction> contradictions;
    private Timeline.Disputes disputes;
    private List<ClaimThread> threads;

    private Corpus(List<Analysis> analyses, Parties parties) {
        this.analyses = analyses;
        this.parties = parties;
        for (Analysis a : analyses) {
            for (Claim c : a.claims()) {
                claimStatements.putIfAbsent(c, statementMade(a, c));
            }
        }
        for (Analysis a : analyses) {
            collectEntities(a);
            eventOf.put(a, clusterEvents(a));
        }
        for (int i = 0; i < analyses.size(); i++) {
            collectFigures(analyses.get(i), eventOf.get(analyses.get(i)));
        }
    }

    /** The corpus of these analyses, in report order (publication date, then name). */
    public static Corpus of(Collection<Analysis> analyses, Parties parties) {
        List<Analysis> sorted = new ArrayList<>(analyses);
        sorted.sort(Comparator.comparing((Analysis a) -> first(a.article().published()))
                .thenComparing(a -> a.article().doc()));
        return new Corpus(List.copyOf(sorted), parties);
    }

    /**
     * What had been reported by the end of {@code date} (YYYY, YYYY-MM or YYYY-MM-DD): the articles
     * certainly published by then — a month-precision date counts from the month's last day — and nothing
     * else. An article with no publication date is in no as-of view.
     */
    public Corpus asOf(String date) {
        String until = Dates.last(date);
        List<Analysis> kept = new ArrayList<>();
        for (Analysis a : analyses) {
            PublicationDate p = a.article().published();
            if (p != null && Dates.last(p.value()).compareTo(until) <= 0) {
                kept.add(a);
            }
        }
        return new Corpus(List.copyOf(kept), parties);
    }

    public List<Analysis> analyses() {
        return analyses;
    }

    /** One entity per knowledge-base id, or per name and type when unknown, in order of first report. */
    public List<CorpusEntity> entities() {
        return List.copyOf(entities.values());
    }

    /** The corpus entity an article's entity id belongs to. */
    public java.util.Optional<CorpusEntity> entity(String entityId) {
        String key = entityKeys.get(entityId);
        return key == null ? java.util.Optional.empty() : java.util.Optional.of(entities.get(key));
    }

    /**
     * The entities a user's words name, accents folded: those named by them whole (name, alias, spelling), else
     * those with them as whole words of a name ("Guerassimov"), the most named first.
     */
    public List<CorpusEntity> find(String words) {
        List<CorpusEntity> whole = new ArrayList<>();
        List<CorpusEntity> part = new ArrayList<>();
        for (CorpusEntity e : entities.values()) {
            int m = e.match(words);
            if (m == 2) {
                whole.add(e);
            } else if (m == 1) {
                part.add(e);
            }
        }
        List<CorpusEntity> out = whole.isEmpty() ? part : whole;
        out.sort(Comparator.comparing((CorpusEntity e) -> -e.articles().size()));
        return out;
    }

    public List<CorpusEvent> events() {
        return List.copyOf(events);
    }

    public List<Figure> figures() {
        return List.copyOf(figures);
    }

    Parties parties() {
        return parties;
    }

    /**
     * Claims about the same proposition across articles, with each source's stance: claims that report the
     * same event, or whose words share most of their content words (in one language). Only threads with
     * more than one source or article are kept. Worked out once: a corpus is a value.
     */
    public synchronized List<ClaimThread> threads() {
        if (threads == null) {
            threads = List.copyOf(ClaimThreads.of(this));
        }
        return threads;
    }

    /**
     * Where sources disagree or change their story, each disagreement once per pair of sides. Worked out once: a
     * corpus is a value.
     */
    public synchronized List<Contradiction> contradictions() {
        if (contradictions == null) {
            contradictions = List.copyOf(new Contradictions(this).find());
        }
        return contradictions;
    }

    /** The disagreements by the articles of their sides, for timelines. Worked out once. */
    synchronized Timeline.Disputes disputes() {
        if (disputes == null) {
            disputes = new Timeline.Disputes(contradictions());
        }
        return disputes;
    }

    private static String first(PublicationDate p) {
        return p == null ? "9999" : Dates.first(p.value());
    }

    // ---- entities ----

    private void collectEntities(Analysis a) {
        for (org.factline.model.Entity e : a.entities()) {
            String key = e.known() ? e.id() : unknownKey(e);
            CorpusEntity c = entities.computeIfAbsent(key, k -> {
                if (!e.known()) {
                    unknownByConsonants.computeIfAbsent(consonantKey(e.type(), Names.romanised(e.name())), x -> new ArrayList<>())
                            .add(k);
                }
                return new CorpusEntity(e.id(), e.name(), e.type(), e.known());
            });
            List<String> texts = a.mentions().stream().filter(m -> e.id().equals(m.entityId())).map(Mention::text).distinct().toList();
            c.add(e, a.article().id(), texts);
            entityKeys.put(e.id(), key);
            if (e.place() == null || e.place().precision() != org.factline.model.Place.Precision.COUNTRY) {
                storyEntities.computeIfAbsent(a.article().id(), k -> new java.util.HashSet<>()).add(key);
            }
        }
    }

    /**
     * An entity the knowledge base does not know is the one already met of the same type whose name is the
     * same once transliteration conventions are undone ("Toktogoulov" / "Toktogulov", "Rakhmatoulloïev" /
     * "Rahmatulloev"): the same consonants in the same order, and a letter or two apart ({@link Names}).
     */
    private String unknownKey(org.factline.model.Entity e) {
        String name = Names.romanised(e.name());
        // in order of first report, as every unknown entity of the type once was
        for (String key : unknownByConsonants.getOrDefault(consonantKey(e.type(), name), List.of())) {
            if (Names.sameTransliterated(name, Names.romanised(entities.get(key).name()))) {
                return key;
            }
        }
        return "name:" + e.type() + ":" + name;
    }

    private static String consonantKey(EntityType type, String romanised) {
        return type + "|" + Names.consonants(romanised);
    }

    // ---- events ----

    private List<CorpusEvent> clusterEvents(Analysis a) {
        List<CorpusEvent> out = new ArrayList<>();
        for (int i = 0; i < a.events().size(); i++) {
            Event e = a.events().get(i);
            if (e.modality() == Event.Modality.HYPOTHETICAL) {
                out.add(null);
                continue;
            }
            CorpusEvent.Report report = new CorpusEvent.Report(statementOf(a, e), e, denied(a, e));
            CorpusEvent best = null;
            int bestAnchors = 0;
            // the events it could join, in corpus order: the first with the most anchors wins
            for (CorpusEvent c : eventBlocks.candidates(e, a.article().id())) {
                int anchors = anchors(c, e, a.article().id());
                if (anchors > bestAnchors) {
                    best = c;
                    bestAnchors = anchors;
                }
            }
            if (best == null) {
                best = new CorpusEvent(events.size(), e.type());
                events.add(best);
            }
            best.add(report);
            eventBlocks.add(best, report);
            out.add(best);
        }
        return out;
    }

    /**
     * How strongly an event joins a corpus event: 0 when it cannot (another type, a date or a place that
     * does not fit, agents on both sides with none in common), else one point for each of the same date,
     * the same place and an actor in common. A place or an actor in common is needed, or a date within one
     * article.
     */
    private int anchors(CorpusEvent c, Event e, String articleId) {
        if (c.type() != e.type() || !Places.compatibleDates(c.date(), e.date()) || !Places.compatible(c.location(), e.location())) {
            return 0;
        }
        Set<String> agents = new HashSet<>();
        Set<String> actors = new HashSet<>();
        for (Event.Actor x : e.actors()) {
            String key = x.entityId() != null ? x.entityId() : "name:" + Source.fold(x.name());
            actors.add(key);
            if (x.role() == Event.Role.AGENT) {
                agents.add(key);
            }
        }
        if (!agents.isEmpty() && !c.agents().isEmpty() && agents.stream().noneMatch(c.agents()::contains)) {
            return 0;
        }
        boolean place = c.location() != null && e.location() != null;
        boolean actor = actors.stream().anyMatch(c.actorKeys()::contains);
        boolean date = c.date() != null && e.date() != null;
        boolean sameDay = date && c.date().equals(e.date()) && c.date().length() == 10;
        if (!place && !actor && !(date && c.reportedIn().contains(articleId))
                && !(sameDay && c.reportedIn().stream().anyMatch(r -> sameStory(r, articleId)))) {
            // a date alone is no tie between articles, many things happen on one day; the same day in two
            // articles of one story is
            return 0;
        }
        return (date ? 1 : 0) + (place ? 1 : 0) + (actor ? 1 : 0);
    }

    /**
     * Whether two articles tell one story: they name at least two of the same people, organisations or
     * places smaller than a country.
     */
    private boolean sameStory(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        Set<String> x = storyEntities.getOrDefault(a, Set.of());
        int shared = 0;
        for (String id : storyEntities.getOrDefault(b, Set.of())) {
            if (x.contains(id) && ++shared >= 2) {
                return true;
            }
        }
        return false;
    }

    /** An event its source denies: negated in its own words, or asserted inside a denial ("Moscow denied that …"). */
    private static boolean denied(Analysis a, Event e) {
        boolean inDenial = e.claim() >= 0 && a.claims().get(e.claim()).denies();
        return (e.modality() == Event.Modality.NEGATED) != inDenial;
    }

    Statement statementOf(Analysis a, Event e) {
        Claim c = e.claim() >= 0 ? a.claims().get(e.claim()) : null;
        if (c != null) {
            return statementOf(a, c);
        }
        return byOutlet(a, e.evidence().getFirst());
    }

    /** What the outlet itself states in a passage of an article (an evidence sentence). */
    Statement byOutlet(Analysis a, Span evidence) {
        return new Statement(a.article().id(), a.article().doc(), reported(a), Source.of(null, a, parties),
                trim(evidence.of(a.text())), null, evidence);
    }

    Statement statementOf(Analysis a, Claim c) {
        Statement made = claimStatements.get(c);
        // a claim object two analyses share (built in memory) is only remembered for the first
        return made != null && made.articleId().equals(a.article().id()) ? made : statementMade(a, c);
    }

    private Statement statementMade(Analysis a, Claim c) {
        return new Statement(a.article().id(), a.article().doc(), reported(a), Source.of(c.speaker(), a, parties),
                trim(c.quoteText()), c.date(), c.evidence() != null ? c.evidence() : c.quote());
    }

    static String reported(Analysis a) {
        PublicationDate p = a.article().published();
        return p == null ? null : p.value();
    }

    /**
     * The words with every run of white space one space, cut at {@value #SAYS} characters. Made for every claim each
     * time a view asks (a million at the largest corpus measured), so by one pass, not a regular expression.
     */
    static String trim(String s) {
        String t = s.strip();
        StringBuilder out = null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean space = space(c);
            if (out == null && space && (c != ' ' || i + 1 < t.length() && space(t.charAt(i + 1)))) {
                out = new StringBuilder(t.length()).append(t, 0, i);
            }
            if (out != null && (!space || i == 0 || !space(t.charAt(i - 1)))) {
                out.append(space ? ' ' : c);
            }
        }
        String one = out == null ? t : out.toString();
        return one.length() <= SAYS ? one : one.substring(0, SAYS - 1) + "…";
    }

    /** What a regular expression's {@code \s} matches. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The corpus event one of an analysis's events belongs to, or null. */
    CorpusEvent eventOf(Analysis a, int event) {
        List<CorpusEvent> events = eventOf.get(a);
        return events == null || event < 0 ? null : events.get(event);
    }

    // ---- figures ----

    private void collectFigures(Analysis a, List<CorpusEvent> clusters) {
        for (Quantity q : a.quantities()) {
            if (q.value() == null) {
                continue;
            }
            Event e = q.event() >= 0 ? a.events().get(q.event()) : null;
            String measure = e != null ? e.type().name() : q.unit() == null ? null : "unit:" + q.unit();
            if (measure == null) {
                continue;
            }
            boolean counted = e != null && (e.type() == EventType.CASUALTIES || e.type() == EventType.DEPLOY
                    || e.type() == EventType.WITHDRAW);
            String unit = counted ? "persons" : q.unit();
            Set<String> subjects = new LinkedHashSet<>();
            if (q.whatSpan() != null) {
                for (Mention m : a.mentions()) {
                    if (m.entityId() != null && q.whatSpan().contains(m.span()) && m.type() != EntityType.LOC) {
                        subjects.add(m.entityId());
                    }
                }
            }
            if (e != null) {
                for (Event.Actor x : e.actors()) {
                    if (x.entityId() != null) {
                        subjects.add(x.entityId());
                    }
                }
            }
            Claim c = q.claim() >= 0 ? a.claims().get(q.claim()) : null;
            Statement s = new Statement(a.article().id(), a.article().doc(), reported(a), Source.of(q.source(), a, parties),
                    Figure.describe(q), c == null ? null : c.date(), q.evidence() != null ? q.evidence() : q.span());
            double[] range = Figure.range(q);
            figures.add(new Figure(s, q, measure, unit, Set.copyOf(subjects), e == null ? null : clusters.get(q.event()),
                    range[0], range[1]));
        }
    }
}
