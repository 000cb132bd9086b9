package org.factline.knowledge.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.factline.model.Analysis;
import org.factline.model.Claim;
import org.factline.model.Event;
import org.factline.model.EventType;
import org.factline.model.Mention;
import org.factline.model.Sentence;
import org.factline.model.Span;

/**
 * Finds where sources disagree or change their story in a corpus:
 * <ul>
 * <li><b>quantity</b>: two parties give figures for the same measure (the same corpus event, or the same
 * kind of count about the same subjects in one article) whose ranges do not meet. A party's later figure
 * replaces its earlier one (an update, not a disagreement), so each pair of parties is compared on its
 * latest figures;</li>
 * <li><b>existence</b>: one party asserts an event that another denies;</li>
 * <li><b>denial vs confirmation</b>: the same party denies, then confirms — an event it denied and later
 * asserted, or a denial followed by a confirmation (a claim with a confirming cue, or a confirmation event)
 * about something in common (an entity of another party named in both);</li>
 * <li><b>status change</b>: a withdrawal, then fighting or a deployment of the same actor at a compatible
 * place, reported later — both may have been true when said.</li>
 * </ul>
 *
 * <p>What a corpus of near-copies would multiply is bounded: a topic (a claim thread, a corpus event, a measure of one
 * thing, a withdrawal) gives at most {@link #PER_TOPIC} disagreements, new pairs of sides first, and each statement
 * is compared with the nearest of the other stance or state in time ({@link Opposites#NEAREST},
 * {@link #STATE_NEAREST}, {@link #NEAREST_BEFORE}); below those sizes every pair is seen.
 */
final class Contradictions {

    private static final Set<EventType> ACTIVE = Set.of(EventType.ATTACK, EventType.DEPLOY, EventType.CAPTURE_TERRITORY);

    private final Corpus corpus;
    private final FoundDisagreements found = new FoundDisagreements();
    /**
     * The shares of events and claim threads, by what a reader sees as their topic: a thread built on an event has
     * the event's label, and shares what the event's reports gave.
     */
    private final Map<String, Share> shares = new HashMap<>();

    Contradictions(Corpus corpus) {
        this.corpus = corpus;
    }

    List<Contradiction> find() {
        quantities();
        events();
        reversals();
        threads();
        statusChanges();
        stateChanges();
        List<Contradiction> out = found.values();
        out.sort(Comparator.comparing((Contradiction c) -> c.b().time()).thenComparing(c -> c.a().time())
                .thenComparing(c -> c.kind().ordinal()));
        return out;
    }

    private void put(String key, Contradiction c) {
        Contradiction old = found.get(key);
        // one per pair of sides: the most recent pair says what the sides hold now
        if (old == null || c.b().time().compareTo(old.b().time()) > 0
                || c.b().time().equals(old.b().time()) && c.a().time().compareTo(old.a().time()) > 0) {
            found.put(key, c);
        }
    }

    private static Contradiction ordered(String topic, Contradiction.Kind kind, Statement x, Statement y, String why) {
        return x.time().compareTo(y.time()) <= 0 ? new Contradiction(topic, kind, x, y, why) : new Contradiction(topic, kind, y, x, why);
    }

    private static String pair(Statement x, Statement y) {
        String p = x.source().party();
        String q = y.source().party();
        return p.compareTo(q) <= 0 ? p + "|" + q : q + "|" + p;
    }

    // ---- quantity ----

    private void quantities() {
        FigureBlocks figures = new FigureBlocks(corpus.figures());
        Map<String, Share> byMeasure = new HashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            // only figures that may be comparable, in the order of the figures
            for (int j : figures.sharingAfter(i)) {
                Figure f = figures.get(i);
                Figure g = figures.get(j);
                if (f.statement().source().sameSide(g.statement().source()) || !comparable(f, g)
                        || !f.statement().source().identified() || !g.statement().source().identified()
                        || !f.disagrees(g) || superseded(f, i, g, figures) || superseded(g, j, f, figures) || grew(f, g)) {
                    continue;
                }
                String where = f.event() != null && f.event() == g.event() ? "event:" + f.event().id()
                        : f.statement().articleId().equals(g.statement().articleId()) ? "article:" + f.statement().articleId()
                        : "subjects:" + new java.util.TreeSet<>(f.subjects());
                String measured = "quantity|" + f.measure() + "|" + where;
                String pair = pair(f.statement(), g.statement());
                putShared(measured + "|" + pair, pair, byMeasure.computeIfAbsent(measured, k -> new Share()),
                        ordered(topic(f), Contradiction.Kind.QUANTITY, f.statement(), g.statement(),
                                f.quantity().text() + " against " + g.quantity().text() + ": beyond the vagueness of both"));
            }
        }
    }

    /** The same measure of the same thing: same event, or same kind of count about the same subjects. */
    static boolean comparable(Figure f, Figure g) {
        if (!f.measure().equals(g.measure()) || !java.util.Objects.equals(f.unit(), g.unit())) {
            return false;
        }
        boolean bothSubjects = !f.subjects().isEmpty() && !g.subjects().isEmpty();
        boolean shared = f.subjects().stream().anyMatch(g.subjects()::contains);
        if (bothSubjects && !shared) {
            return false;
        }
        boolean sameEvent = f.event() != null && f.event() == g.event();
        boolean sameArticle = f.statement().articleId().equals(g.statement().articleId());
        return sameEvent || sameArticle || shared;
    }

    /**
     * A count of people that is larger in a later report: tolls grow as bodies are found, so a later,
     * larger count from another source is the record moving on, not a disagreement ("23 dead" on Monday,
     * "at least 44" a week later). A later, smaller count is a disagreement.
     */
    private static boolean grew(Figure f, Figure g) {
        if (!"persons".equals(f.unit())) {
            return false;
        }
        Figure early = f.statement().time().compareTo(g.statement().time()) <= 0 ? f : g;
        Figure late = early == f ? g : f;
        return early.statement().time().compareTo(late.statement().time()) < 0 && late.low() > early.high();
    }

    /**
     * A figure its own party replaced later with another for the same measure: an update, not a side. The figure
     * that replaces it is comparable with it, so is among those that share its event, article or a subject.
     */
    private static boolean superseded(Figure f, int index, Figure other, FigureBlocks figures) {
        return figures.anySharing(index, k -> {
            Figure h = figures.get(k);
            return h != f && h.statement().source().sameSide(f.statement().source()) && comparable(h, other)
                    && comparable(h, f) && h.statement().time().compareTo(f.statement().time()) > 0;
        });
    }

    private static String topic(Figure f) {
        String what = f.quantity().what();
        String measure = f.measure().startsWith("unit:") ? f.measure().substring(5) : f.measure().toLowerCase(Locale.ROOT);
        if (f.event() != null) {
            return f.event().label();
        }
        return what == null ? measure : measure + ": " + what;
    }

    // ---- existence and reversals of one event ----

    private void events() {
        for (CorpusEvent e : corpus.events()) {
            List<CorpusEvent.Report> reports = e.reports();
            Opposites opposites = new Opposites(reports.size(), i -> reports.get(i).denied());
            Share share = shares.computeIfAbsent(e.label(), k -> new Share());
            for (int i = 0; i < reports.size(); i++) {
                for (int j : opposites.after(i)) {
                    CorpusEvent.Report x = reports.get(i);
                    CorpusEvent.Report y = reports.get(j);
                    if (!x.statement().source().identified() || !y.statement().source().identified()) {
                        continue;
                    }
                    Statement sx = x.statement();
                    Statement sy = y.statement();
                    boolean sameParty = sx.source().sameSide(sy.source());
                    if (sameParty && sx.time().equals(sy.time())) {
                        continue;
                    }
                    Contradiction.Kind kind = sameParty ? Contradiction.Kind.DENIAL_VS_CONFIRMATION : Contradiction.Kind.EXISTENCE;
                    Statement first = earlier(sx, sy);
                    boolean firstDenied = first == sx ? x.denied() : y.denied();
                    String why = sameParty
                            ? first.source().name() + (firstDenied ? " denied it, then asserted it" : " asserted it, then denied it")
                            : (x.denied() ? sy : sx).source().name() + " asserts what " + (x.denied() ? sx : sy).source().name() + " denies";
                    // a party's reversal is one disagreement however many of its statements show it
                    String pair = pair(sx, sy);
                    String key = sameParty ? reversalKey(sx, sy) : kind.name() + "|event:" + e.id() + "|" + pair;
                    putShared(key, pair, share, ordered(e.label(), kind, sx, sy, why));
                }
            }
        }
    }

    /**
     * The pairs of one event's reports or one thread's stances that can disagree: one that denies and one that does
     * not. Each is set against the {@value #NEAREST} of the other stance that come after it in the list (a thread's
     * stances are in the order of time), not all of them: a claim reported by thousands of articles would otherwise
     * make millions of pairs, which would only repeat the same disagreement between the same sides. Where no item
     * has more than that many after it, every pair is seen, in the order of a loop over all pairs.
     */
    static final class Opposites {

        /** How many items of the other stance each item is compared with. */
        static final int NEAREST = 40;

        private final int[] denying;
        private final int[] asserting;
        private final boolean[] denies;

        Opposites(int size, java.util.function.IntPredicate denies) {
            this.denies = new boolean[size];
            int d = 0;
            for (int i = 0; i < size; i++) {
                this.denies[i] = denies.test(i);
                d += this.denies[i] ? 1 : 0;
            }
            denying = new int[d];
            asserting = new int[size - d];
            for (int i = 0, a = 0, n = 0; i < size; i++) {
                if (this.denies[i]) {
                    denying[n++] = i;
                } else {
                    asserting[a++] = i;
                }
            }
        }

        /** The indices after {@code i} of the other stance, nearest first, at most {@link #NEAREST}. */
        int[] after(int i) {
            int[] other = denies[i] ? asserting : denying;
            int from = java.util.Arrays.binarySearch(other, i);
            from = from >= 0 ? from + 1 : -from - 1;
            return java.util.Arrays.copyOfRange(other, from, Math.min(other.length, from + NEAREST));
        }
    }

    /** A party's reversal, keyed by the party and the article of its later statement. */
    private static String reversalKey(Statement x, Statement y) {
        Statement later = earlier(x, y) == x ? y : x;
        return "DENIAL_VS_CONFIRMATION|" + later.source().party() + "|" + later.articleId();
    }

    // ---- how many disagreements one topic gives ----

    /**
     * Disagreements one topic gives between one pair of parties (or one party and itself, for a reversal), in the
     * order of its stances or reports: a claim that a thousand articles repeat, asserted by one party and denied by another, is
     * one dispute told many times, not a thousand (at 156,000 generated articles, keeping every pair of articles
     * filled a 13 GB heap). No thread of the stories or the seeds comes near it.
     */
    static final int PER_PAIR = 8;

    /**
     * Disagreements one topic (a claim thread, a corpus event, a measure of one thing) gives at most. A claim that
     * thousands of voices assert or deny is one dispute: its first hundred pairs of sides show it, and the thread
     * keeps every stance for whoever wants them all. At 10,000 generated articles, before this bound, one thread of
     * 19,149 stances from 8,852 parties gave most of 357,000 disagreements; no topic of the stories or the seeds
     * comes near it.
     */
    static final int PER_TOPIC = 100;

    /**
     * What one topic has given so far: a pair of sides it has not set against each other yet is admitted while it
     * has given fewer than {@link #PER_TOPIC}; one more of a pair it has, while it has given fewer than half that and
     * the pair fewer than {@link #PER_PAIR}, so that repeats of the first pairs cannot crowd out a later party.
     */
    static final class Share {

        private final Map<String, Integer> perPair = new HashMap<>();
        private int given;

        boolean admits(String pair) {
            int n = perPair.getOrDefault(pair, 0);
            return n == 0 ? given < PER_TOPIC : n < PER_PAIR && given < PER_TOPIC / 2;
        }

        void gave(String pair) {
            perPair.merge(pair, 1, Integer::sum);
            given++;
        }
    }

    /** {@link #put}, counting a new key against the topic's share and leaving it out when the share is spent. */
    private void putShared(String key, String pair, Share share, Contradiction c) {
        if (found.get(key) != null) {
            put(key, c);
        } else if (share.admits(pair)) {
            put(key, c);
            share.gave(pair);
        }
    }

    // ---- stances within a claim thread ----

    /**
     * In a thread of claims about one proposition: one party asserts what another denies (existence), or a
     * party denies and later asserts it (a reversal). Threads built on an event were already compared on the
     * event's reports; this adds the threads built on words.
     */
    private void threads() {
        for (ClaimThread t : corpus.threads()) {
            List<ClaimThread.Stance> st = t.stances();
            Opposites opposites = new Opposites(st.size(), i -> st.get(i).denies());
            Share share = shares.computeIfAbsent(t.proposition(), k -> new Share());
            for (int i = 0; i < st.size(); i++) {
                for (int j : opposites.after(i)) {
                    ClaimThread.Stance x = st.get(i);
                    ClaimThread.Stance y = st.get(j);
                    Statement sx = x.statement();
                    Statement sy = y.statement();
                    if (!sx.source().identified() || !sy.source().identified()
                            || sx.source().narrator() || sy.source().narrator()) {
                        continue;
                    }
                    boolean sameParty = sx.source().sameSide(sy.source());
                    String pair = pair(sx, sy);
                    if (sameParty && sx.time().equals(sy.time()) || !share.admits(pair)) {
                        continue;
                    }
                    boolean added;
                    if (sameParty) {
                        Statement first = earlier(sx, sy);
                        boolean firstDenied = first == sx ? x.denies() : y.denies();
                        added = putIfNew(reversalKey(sx, sy), ordered(t.proposition(), Contradiction.Kind.DENIAL_VS_CONFIRMATION, sx, sy,
                                first.source().name() + (firstDenied ? " denied it, then asserted it" : " asserted it, then denied it")));
                    } else {
                        String key = "EXISTENCE|thread:" + sx.articleId() + ":" + sy.articleId() + "|" + pair;
                        added = putIfNew(key, ordered(t.proposition(), Contradiction.Kind.EXISTENCE, sx, sy,
                                (x.denies() ? sy : sx).source().name() + " asserts what " + (x.denies() ? sx : sy).source().name() + " denies"));
                    }
                    if (added) {
                        share.gave(pair);
                    }
                }
            }
        }
    }

    /**
     * A disagreement not already found on the events: the same pair of sides is reported once, and a
     * statement already set against a party is not set against it again.
     */
    private boolean putIfNew(String key, Contradiction c) {
        if (found.settles(c)) {
            return false;
        }
        put(key, c);
        return true;
    }

    private static Statement earlier(Statement x, Statement y) {
        return x.time().compareTo(y.time()) <= 0 ? x : y;
    }

    // ---- denials, then confirmations, by the same party ----

    private record Stand(Statement statement, Set<String> topic, boolean denial, Analysis analysis) {
    }

    /**
     * How many of a side's denials before a confirmation are looked at, the latest first: the denial a confirmation
     * reverses is the latest one that shares its topic. A party that denied the same thing in thousands of
     * near-copies would otherwise have every one of them tested against every confirmation.
     */
    static final int NEAREST_BEFORE = 40;

    private void reversals() {
        List<Stand> stands = new ArrayList<>();
        for (Analysis a : corpus.analyses()) {
            for (Claim c : a.claims()) {
                boolean denial = c.denies();
                boolean confirmation = c.stance() == Claim.Stance.CONFIRM && !c.negated();
                if (denial || confirmation) {
                    for (Statement s : each(a, c)) {
                        stands.add(new Stand(s, topic(a, c.evidence() != null ? c.evidence() : c.quote(), s.source().party()), denial, a));
                    }
                }
            }
            for (Event e : a.events()) {
                boolean denial = e.type() == EventType.STATEMENT_DENIAL;
                if ((denial || e.type() == EventType.STATEMENT_CONFIRMATION) && e.modality() == Event.Modality.ASSERTED) {
                    Statement s = byWhoActs(a, e);
                    if (s != null) {
                        stands.add(new Stand(s, topic(a, e.evidence().getFirst(), s.source().party()), denial, a));
                    }
                }
            }
        }
        // denials by party and by folded name: a denial and a confirmation by the same side share one of them
        Map<String, List<Integer>> denials = new HashMap<>();
        for (int i = 0; i < stands.size(); i++) {
            Source s = stands.get(i).statement().source();
            if (stands.get(i).denial()) {
                denials.computeIfAbsent("party:" + s.party(), k -> new ArrayList<>()).add(i);
                denials.computeIfAbsent("name:" + Source.folded(s.name()), k -> new ArrayList<>()).add(i);
            }
        }
        String[] times = stands.stream().map(st -> st.statement().time()).toArray(String[]::new);
        Comparator<Integer> byTime = Comparator.comparing((Integer i) -> times[i]).thenComparing(i -> i);
        denials.values().forEach(list -> list.sort(byTime));
        for (Stand confirm : stands) {
            if (confirm.denial()) {
                continue;
            }
            Stand best = null;
            Source side = confirm.statement().source();
            // the latest denials of the same side before the confirmation: the one reversed is the latest in topic
            TreeSet<Integer> sameSide = new TreeSet<>();
            for (String key : List.of("party:" + side.party(), "name:" + Source.folded(side.name()))) {
                List<Integer> ordered = denials.getOrDefault(key, List.of());
                int before = firstLater(ordered, i -> times[i], confirm.statement().time(), true);
                sameSide.addAll(ordered.subList(Math.max(0, before - NEAREST_BEFORE), before));
            }
            for (int d : sameSide) {
                Stand deny = stands.get(d);
                if (!deny.denial() || !deny.statement().source().sameSide(confirm.statement().source())
                        || deny.statement().time().compareTo(confirm.statement().time()) >= 0
                        || deny.topic().stream().noneMatch(confirm.topic()::contains)) {
                    continue;
                }
                if (best == null || deny.statement().time().compareTo(best.statement().time()) > 0) {
                    best = deny;
                }
            }
            if (best != null) {
                Set<String> shared = new HashSet<>(best.topic());
                shared.retainAll(confirm.topic());
                String topic = "what " + best.statement().source().name() + " denied about " + String.join(", ", names(shared));
                put(reversalKey(best.statement(), confirm.statement()),
                        ordered(topic, Contradiction.Kind.DENIAL_VS_CONFIRMATION, best.statement(), confirm.statement(),
                                best.statement().source().name() + " denied, then " + confirm.statement().source().name() + " confirmed"));
            }
        }
    }

    /**
     * A claim's statement for each party that makes it: "Ni la Russie ni la Corée du Nord n'ont confirmé" is
     * a statement by Russia and one by North Korea (the entities named in the speaker's words).
     */
    private List<Statement> each(Analysis a, Claim c) {
        Statement s = corpus.statementOf(a, c);
        if (c.speaker() == null || c.speaker().entityId() != null || c.speaker().span() == null) {
            return List.of(s);
        }
        Map<String, Statement> out = new LinkedHashMap<>();
        for (Mention m : a.mentions()) {
            if (m.entityId() != null && c.speaker().span().contains(m.span()) && !out.containsKey(m.entityId())) {
                String name = a.entities().stream().filter(e -> e.id().equals(m.entityId())).map(e -> e.name()).findFirst().orElse(m.text());
                Source source = new Source(name, m.entityId(), corpus.parties().of(m.entityId()), false);
                out.put(m.entityId(), new Statement(s.articleId(), s.doc(), s.reported(), source, s.says(), s.date(), s.evidence()));
            }
        }
        return out.isEmpty() ? List.of(s) : List.copyOf(out.values());
    }

    /**
     * A denial or confirmation event told by the outlet ("première confirmation officielle de Moscou"): it
     * is made by the event's agent — by a person of the agent's party who speaks in that sentence when there
     * is one (the chief of staff whose speech is the confirmation).
     */
    private Statement byWhoActs(Analysis a, Event e) {
        Event.Actor agent = e.actors().stream().filter(x -> x.role() == Event.Role.AGENT && x.entityId() != null).findFirst().orElse(null);
        if (agent == null) {
            return null;
        }
        String party = corpus.parties().of(agent.entityId());
        Span sentence = sentenceOf(a, e.evidence().getFirst());
        for (Claim c : a.claims()) {
            if (c.speaker() != null && c.speaker().entityId() != null && sentence != null && sentence.contains(c.cue())
                    && corpus.parties().of(c.speaker().entityId()).equals(party)) {
                Statement s = corpus.statementOf(a, c);
                return new Statement(s.articleId(), s.doc(), s.reported(), s.source(), e.evidence().getFirst().of(a.text()).strip(),
                        s.date(), e.evidence().getFirst());
            }
        }
        Statement narrator = corpus.statementOf(a, e);
        Source source = new Source(agent.name(), agent.entityId(), party, false);
        return new Statement(narrator.articleId(), narrator.doc(), narrator.reported(), source, narrator.says(), e.date(),
                narrator.evidence());
    }

    /** The entities a statement is about, but for those of its own party: what a denial and a confirmation share. */
    private Set<String> topic(Analysis a, Span span, String party) {
        Span sentence = sentenceOf(a, span);
        Span where = sentence == null ? span : new Span(Math.min(span.start(), sentence.start()), Math.max(span.end(), sentence.end()));
        Set<String> out = new HashSet<>();
        for (Mention m : a.mentions()) {
            if (m.entityId() != null && where.contains(m.span()) && !corpus.parties().of(m.entityId()).equals(party)) {
                out.add(m.entityId());
            }
        }
        return out;
    }

    private static Span sentenceOf(Analysis a, Span span) {
        for (Sentence s : a.sentences()) {
            if (s.span().start() <= span.start() && span.start() < s.span().end()) {
                return s.span();
            }
        }
        return null;
    }


    // ---- things that change state: closed, then reopened ----

    private record StateReport(String state, Set<String> things, Set<String> entities, Statement statement, String time) {
    }

    /**
     * How many reports of the opposite state, sharing a thing and an entity, each report is set against: the nearest
     * after it in time. A road that ten thousand near-copies report closed, then reopened, would otherwise set every
     * closure against every reopening (at 156,000 generated articles this phase had not finished after 20 minutes);
     * where no report has more than this many after it, every pair is seen.
     */
    static final int STATE_NEAREST = 40;

    /**
     * A thing reported in one state, then in the opposite one (a road closed, then reopened; a concession
     * suspended, then reinstated): the same class of thing ({@code corpus/states.tsv}) and an entity in
     * common (a place, a company), reported later. Both may have been true when said.
     */
    private void stateChanges() {
        States states = States.standard();
        List<StateReport> reports = new ArrayList<>();
        for (Analysis a : corpus.analyses()) {
            for (Sentence sentence : a.sentences()) {
                String text = sentence.span().of(a.text());
                String state = states.stateOf(text);
                if (state == null) {
                    continue;
                }
                Set<String> things = states.thingsIn(text);
                Set<String> entities = new HashSet<>();
                for (Mention m : a.mentions()) {
                    if (m.entityId() != null && sentence.span().contains(m.span()) && m.type() != org.factline.model.EntityType.PERSON) {
                        entities.add(corpus.entity(m.entityId()).map(CorpusEntity::id).orElse(m.entityId()));
                    }
                }
                if (!things.isEmpty() && !entities.isEmpty()) {
                    Statement statement = statementIn(a, sentence.span());
                    reports.add(new StateReport(state, things, entities, statement, statement.time()));
                }
            }
        }
        // reports by thing and entity, then by state, in the order of time: two reports of a change share a thing
        // and an entity, the later one in the opposite state
        Map<String, Map<String, List<Integer>>> blocks = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            for (String thing : reports.get(i).things()) {
                for (String entity : reports.get(i).entities()) {
                    blocks.computeIfAbsent(thing + "|" + entity, k -> new HashMap<>())
                            .computeIfAbsent(reports.get(i).state(), k -> new ArrayList<>()).add(i);
                }
            }
        }
        Comparator<Integer> byTime = Comparator.comparing((Integer i) -> reports.get(i).time()).thenComparing(i -> i);
        blocks.values().forEach(byState -> byState.values().forEach(list -> list.sort(byTime)));
        for (StateReport x : reports) {
            TreeSet<Integer> later = new TreeSet<>();
            for (String thing : x.things()) {
                for (String entity : x.entities()) {
                    blocks.get(thing + "|" + entity).forEach((state, ordered) -> {
                        if (states.opposite(x.state(), state)) {
                            int from = firstLater(ordered, i -> reports.get(i).time(), x.time(), false);
                            later.addAll(ordered.subList(from, Math.min(ordered.size(), from + STATE_NEAREST)));
                        }
                    });
                }
            }
            for (int yi : later) {
                StateReport y = reports.get(yi);
                if (!states.opposite(x.state(), y.state()) || y.time().compareTo(x.time()) <= 0
                        || x.things().stream().noneMatch(y.things()::contains) || x.entities().stream().noneMatch(y.entities()::contains)) {
                    continue;
                }
                Set<String> thing = new java.util.TreeSet<>(x.things());
                thing.retainAll(y.things());
                Set<String> shared = new java.util.TreeSet<>(x.entities());
                shared.retainAll(y.entities());
                // one change per thing: its class and its most specific entity (a town before its country)
                String anchor = shared.stream().min(java.util.Comparator.comparing((String id) -> isCountry(id)).thenComparing(id -> id)).orElseThrow();
                String key = "STATE|" + thing.iterator().next() + "|" + anchor + "|" + x.state();
                // sides with a named source before the outlet's own words, then the first report of each state
                Contradiction old = found.get(key);
                int named = spoken(x.statement()) + spoken(y.statement());
                if (old == null || named > spoken(old.a()) + spoken(old.b())
                        || named == spoken(old.a()) + spoken(old.b()) && (y.time().compareTo(old.b().time()) < 0
                        || y.time().equals(old.b().time()) && x.time().compareTo(old.a().time()) < 0)) {
                    String topic = String.join(", ", thing) + " (" + String.join(", ", names(shared)) + "): " + x.state() + ", then " + y.state();
                    found.put(key, new Contradiction(topic, Contradiction.Kind.STATUS_CHANGE, x.statement(), y.statement(),
                            x.state() + " according to " + x.statement().source().name() + ", then " + y.state() + " according to "
                                    + y.statement().source().name()));
                }
            }
        }
    }

    /**
     * The position in {@code ordered} (indices in the order of their time) of the first whose time is later than
     * {@code time}, or the same when {@code orSame}.
     */
    private static int firstLater(List<Integer> ordered, java.util.function.IntFunction<String> timeOf, String time, boolean orSame) {
        int low = 0;
        int high = ordered.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            int order = timeOf.apply(ordered.get(mid)).compareTo(time);
            if (order < 0 || order == 0 && !orSame) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** What a sentence says, as the claim whose words are in it, else as the outlet's. */
    private Statement statementIn(Analysis a, Span sentence) {
        for (Claim c : a.claims()) {
            if (c.quote().start() < sentence.end() && sentence.start() < c.quote().end()) {
                return corpus.statementOf(a, c);
            }
        }
        return corpus.byOutlet(a, sentence);
    }

    private static int spoken(Statement s) {
        return !s.source().narrator() && s.source().identified() ? 1 : 0;
    }

    private boolean isCountry(String id) {
        return corpus.entity(id).map(e -> e.place() != null && e.place().precision() == org.factline.model.Place.Precision.COUNTRY)
                .orElse(false);
    }

    /** The corpus names of entities (ids an article gave them, or corpus ids). */
    private List<String> names(Set<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            out.add(corpus.entity(id).map(CorpusEntity::name).orElse(id));
        }
        return out;
    }

    // ---- status changes ----

    private void statusChanges() {
        List<CorpusEvent> events = corpus.events();
        // active events by actor: a withdrawal and the fighting after it share one
        Map<String, List<Integer>> activeByActor = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            if (ACTIVE.contains(events.get(i).type())) {
                for (String actor : events.get(i).actorKeys()) {
                    activeByActor.computeIfAbsent(actor, k -> new ArrayList<>()).add(i);
                }
            }
        }
        for (CorpusEvent w : events) {
            if (w.type() != EventType.WITHDRAW) {
                continue;
            }
            TreeSet<Integer> sharing = new TreeSet<>();
            w.actorKeys().forEach(actor -> sharing.addAll(activeByActor.getOrDefault(actor, List.of())));
            Share share = new Share();
            for (CorpusEvent.Report wr : w.reports()) {
                if (wr.denied()) {
                    continue;
                }
                Statement ws = wr.statement();
                for (int fi : sharing) {
                    CorpusEvent f = events.get(fi);
                    if (!ACTIVE.contains(f.type()) || !Places.compatible(w.location(), f.location())
                            || f.actorKeys().stream().noneMatch(w.actorKeys()::contains)) {
                        continue;
                    }
                    for (CorpusEvent.Report fr : f.reports()) {
                        Statement fs = fr.statement();
                        int order = fs.time().compareTo(ws.time());
                        if (fr.denied() || order < 0 || order == 0 && !Resumption.says(fs.says())) {
                            continue;
                        }
                        String pair = pair(ws, fs);
                        putShared("STATUS_CHANGE|" + w.id() + "|" + pair, pair, share,
                                new Contradiction(w.label() + ", then " + f.type().name(), Contradiction.Kind.STATUS_CHANGE, ws, fs,
                                        "withdrawn according to " + ws.source().name() + ", then " + f.type().name().toLowerCase(Locale.ROOT)
                                                + " again according to " + fs.source().name()));
                    }
                }
            }
        }
    }
}
