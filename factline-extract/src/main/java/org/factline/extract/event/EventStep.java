package org.factline.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.factline.extract.Step;
import org.factline.extract.nlp.Syntax;
import org.factline.extract.event.EventLexicon.Condition;
import org.factline.extract.event.EventLexicon.Trigger;
import org.factline.extract.time.DependencyTense;
import org.factline.extract.time.TimeAnchors;
import org.factline.model.Analysis;
import org.factline.model.Claim;
import org.factline.model.Entity;
import org.factline.model.EntityType;
import org.factline.model.Event;
import org.factline.model.EventType;
import org.factline.model.Mention;
import org.factline.model.Quantity;
import org.factline.model.Sentence;
import org.factline.model.Span;
import org.factline.model.Timex;
import org.factline.model.Token;
import org.factline.time.Tense;

/**
 * Typed events: who did what to whom, where and when, on whose word. A trigger from the language's
 * lexicon (a verb or a noun, with the condition that makes it an event: "prendre" a place, "frapper" where
 * there are arms, "signer" an agreement) gives an event; its arguments come from the dependency parse —
 * the agent (subject, passive agent, owner of the noun, subject of the light verb: "lancer une
 * offensive"), the patient (object, passive subject), the place (a place mention in the theme or in a
 * locative phrase), the date (a time expression attached to the trigger or to its verb; else, for an
 * event a claim tells as done or under way, the claim's date; never silently the publication date), the
 * modality (negated, failed, hypothetical, planned). An event inside a claim's words is asserted by that
 * claim's speaker, else by the outlet. Mentions of the same event (a headline and its body) become one
 * event with several evidence spans; figures of people in the sentence of a casualty, deployment or
 * withdrawal event are linked to it.
 */
public final class EventStep implements Step {

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Analysis apply(Analysis analysis) {
        Optional<EventLexicon> lexicon = EventLexicon.forLanguage(analysis.article().language().code());
        if (lexicon.isEmpty() || analysis.tokens().isEmpty()) {
            return analysis;
        }
        Finder finder = new Finder(analysis, lexicon.get());
        List<Draft> drafts = finder.find();
        List<Draft> merged = merge(drafts);
        List<Event> events = new ArrayList<>();
        for (Draft d : merged) {
            events.add(d.toEvent());
        }
        return analysis.withEvents(events).withQuantities(link(analysis, merged));
    }

    /** Figures of people in the sentence of a casualty, deployment or withdrawal event measure it. */
    private static List<Quantity> link(Analysis analysis, List<Draft> events) {
        List<Quantity> out = new ArrayList<>();
        for (Quantity q : analysis.quantities()) {
            int found = -1;
            for (int i = 0; i < events.size() && found < 0; i++) {
                Draft e = events.get(i);
                boolean countable = e.type == EventType.CASUALTIES || e.type == EventType.DEPLOY || e.type == EventType.WITHDRAW;
                if (countable && "persons".equals(q.unit()) && e.evidence.stream().anyMatch(s -> s.contains(q.span()))) {
                    found = i;
                }
            }
            out.add(found < 0 ? q : q.withEvent(found));
        }
        return out;
    }

    /** One event per real event: the same type in one sentence, or the same type, place and date again. */
    private static List<Draft> merge(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Draft same = null;
            for (Draft o : out) {
                if (o.type != d.type || o.modality != d.modality) {
                    continue;
                }
                boolean sameSentence = o.sentence == d.sentence;
                boolean samePlace = o.location != null && d.location != null
                        && Objects.equals(o.location.entityId(), d.location.entityId());
                boolean dates = o.date == null || d.date == null || o.date.equals(d.date);
                boolean sources = o.claim < 0 || d.claim < 0 || Objects.equals(o.speaker(), d.speaker());
                if (sameSentence && sources || samePlace && dates && sources) {
                    same = o;
                    break;
                }
            }
            if (same == null) {
                out.add(d);
            } else {
                same.absorb(d);
            }
        }
        return out;
    }

    /** An event being built. */
    private static final class Draft {
        EventType type;
        Token trigger;
        Span triggerSpan;
        String triggerText;
        int sentence;
        final Map<String, Event.Actor> actors = new LinkedHashMap<>();
        Event.Location location;
        String date;
        Event.DateBasis dateBasis = Event.DateBasis.NONE;
        Event.Modality modality = Event.Modality.ASSERTED;
        int claim = -1;
        Claim claimRef;
        final List<Span> evidence = new ArrayList<>();
        double confidence = 0.6;

        String speaker() {
            return claimRef == null ? null : claimRef.speaker().name();
        }

        void absorb(Draft o) {
            o.actors.forEach(actors::putIfAbsent);
            if (location == null) {
                location = o.location;
            }
            if (date == null && o.date != null) {
                date = o.date;
                dateBasis = o.dateBasis;
            }
            if (claim < 0 && o.claim >= 0) {
                claim = o.claim;
                claimRef = o.claimRef;
            }
            for (Span s : o.evidence) {
                if (!evidence.contains(s)) {
                    evidence.add(s);
                }
            }
            confidence = Math.min(0.95, confidence + 0.05);
        }

        Event toEvent() {
            return new Event(type, triggerSpan, triggerText, List.copyOf(actors.values()), location, date, dateBasis, modality,
                    claim, evidence, confidence);
        }
    }

    /** Finds the triggers of one article and their arguments. */
    private static final class Finder {

        private final Analysis analysis;
        private final EventLexicon lexicon;
        private final Syntax syntax;
        private final DependencyTense tense;
        private final String text;
        private final Map<String, Entity> entities = new HashMap<>();
        /** Dates and times with a calendar value, each with the word it hangs from (or null), in text order. */
        private final Map<Timex, Token> points = new LinkedHashMap<>();

        Finder(Analysis analysis, EventLexicon lexicon) {
            this.analysis = analysis;
            this.lexicon = lexicon;
            this.syntax = new Syntax(analysis);
            this.tense = new DependencyTense(analysis, analysis.article().language().code());
            this.text = analysis.text();
            analysis.entities().forEach(e -> entities.put(e.id(), e));
            for (Timex x : analysis.timexes()) {
                if ((x.type() == Timex.Type.DATE || x.type() == Timex.Type.TIME) && Character.isDigit(x.value().charAt(0))) {
                    Token head = syntax.headOf(x.span());
                    points.put(x, head == null ? null : syntax.head(head));
                }
            }
        }

        List<Draft> find() {
            List<Draft> out = new ArrayList<>();
            for (Token t : analysis.tokens()) {
                Optional<Trigger> trigger = lexicon.trigger(t);
                if (trigger.isEmpty() || insideName(t)) {
                    continue;
                }
                Token theme = theme(t, trigger.get());
                if (!holds(trigger.get().condition(), t, theme)) {
                    continue;
                }
                Draft d = draft(t, trigger.get(), theme);
                // a noun with nothing to place it ("les hostilités", "des pertes") speaks of events in
                // general, not of one that happened
                if (trigger.get().verb() || !d.actors.isEmpty() || d.location != null || d.date != null) {
                    out.add(d);
                }
            }
            return out;
        }

        private Draft draft(Token t, Trigger trigger, Token theme) {
            Draft d = new Draft();
            d.type = trigger.type();
            d.trigger = t;
            d.triggerSpan = t.span();
            d.triggerText = t.span().of(text);
            d.sentence = t.sentence();
            Sentence s = analysis.sentences().get(t.sentence());
            d.evidence.add(s.span());
            Token verb = trigger.verb() ? t : lightVerb(t);
            d.modality = modality(t, verb);
            claimOf(d);
            actors(d, t, trigger, verb, theme);
            d.location = location(t, trigger, theme);
            date(d, t, verb);
            d.confidence += (d.actors.isEmpty() ? 0 : 0.1) + (d.location == null ? 0 : 0.1);
            return d;
        }

        /** A trigger word inside a name ("Opération Bouclier", "Accord de Paris" stays an event; a street does not). */
        private boolean insideName(Token t) {
            for (Mention m : analysis.mentions()) {
                if (m.span().contains(t.span()) && m.type() != EntityType.GROUP && Character.isUpperCase(t.text().charAt(0))) {
                    return true;
                }
            }
            return false;
        }

        /** What the trigger acts on: the object, the passive subject, or a noun's complement. */
        private Token theme(Token t, Trigger trigger) {
            if (trigger.verb()) {
                if (passive(t)) {
                    Token subject = syntax.child(t, "nsubj:pass", "nsubj");
                    return subject != null ? subject : passiveHead(t);
                }
                Token obj = syntax.child(t, "obj");
                if (obj == null) {
                    // "s'emparer de la ville", "pull back from", "se retirer de"
                    for (Token c : syntax.children(t)) {
                        if (c.relation().startsWith("obl") && c.index() > t.index()) {
                            return c;
                        }
                    }
                }
                return obj;
            }
            for (Token c : syntax.children(t)) {
                if (c.relation().startsWith("nmod") && c.index() > t.index()) {
                    return c;
                }
            }
            return null;
        }

        /** A participle used as an adjective ("la ville reprise"): the noun it qualifies. */
        private Token passiveHead(Token t) {
            Token h = syntax.head(t);
            return t.relation().startsWith("acl") || t.relation().equals("amod") ? h : null;
        }

        private boolean passive(Token verb) {
            return syntax.child(verb, "aux:pass") != null || syntax.child(verb, "nsubj:pass") != null
                    || verb.relation().startsWith("acl") && !verb.text().endsWith("ant") && !verb.text().endsWith("ing");
        }

        private boolean holds(Condition condition, Token t, Token theme) {
            return switch (condition) {
                case NONE -> true;
                case PLACE -> theme != null && isPlace(theme);
                case TROOPS -> theme != null && mentions(theme, "troops") || reflexive(t) || particle(t);
                case ARMED -> sentenceHas(t, "armed");
                case PACT -> theme != null && lexicon.is("pact", theme);
            };
        }

        /** A place: a place mention, or a place noun ("le village", "the town"), as the theme's head. */
        private boolean isPlace(Token theme) {
            if (lexicon.is("place", theme)) {
                return true;
            }
            for (Mention m : analysis.mentions()) {
                if ((m.type() == EntityType.GPE || m.type() == EntityType.LOC) && m.kind() != Mention.Kind.GROUP
                        && m.span().contains(theme.span())) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the theme's own words (not its clauses) hold a word of the list. */
        private boolean mentions(Token theme, String list) {
            for (Token w : syntax.subtree(theme)) {
                if (w.index() - theme.index() > 6) {
                    break;
                }
                if (lexicon.is(list, w)) {
                    return true;
                }
            }
            return false;
        }

        private boolean reflexive(Token verb) {
            for (Token c : syntax.children(verb)) {
                String w = EventLexicon.lower(c.text());
                if ((w.equals("se") || w.equals("s'")) && !c.relation().equals("case")) {
                    return true;
                }
            }
            return false;
        }

        /** "pull back", "pull out". */
        private boolean particle(Token verb) {
            return syntax.child(verb, "compound:prt") != null;
        }

        private boolean sentenceHas(Token t, String list) {
            Sentence s = analysis.sentences().get(t.sentence());
            for (Token w : analysis.tokens(s)) {
                if (lexicon.is(list, w)) {
                    return true;
                }
            }
            for (Mention m : analysis.mentions()) {
                if (s.span().contains(m.span()) && m.type() == EntityType.ORG) {
                    Entity e = entities.get(m.entityId());
                    if (e != null && e.name().matches(".*\\b(Armed Forces|Army|Air Force|Navy|Military|Forces)\\b.*")) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The verb a noun trigger is the object, subject or complement of ("a lancé une offensive"). */
        private Token lightVerb(Token noun) {
            Token h = syntax.head(noun);
            for (int depth = 0; h != null && depth < 3; depth++) {
                if (Syntax.isVerbal(h)) {
                    return h;
                }
                if (!h.pos().equals("NOUN")) {
                    return null;
                }
                h = syntax.head(h);
            }
            return null;
        }

        private Event.Modality modality(Token t, Token verb) {
            List<Token> scope = new ArrayList<>();
            scope.add(t);
            if (verb != null && verb != t) {
                scope.add(verb);
            }
            for (Token v : scope) {
                for (Token c : syntax.children(v)) {
                    if ((c.relation().startsWith("advmod") || c.relation().equals("det") || c.relation().equals("neg"))
                            && lexicon.is("negation", c)) {
                        return Event.Modality.NEGATED;
                    }
                }
            }
            Token v = verb == null ? t : verb;
            // "a tenté de reprendre", "failed to capture", "prévoit de retirer", "pourrait frapper"
            Token governor = v.relation().equals("xcomp") ? syntax.head(v) : null;
            if (governor != null && lexicon.is("attempt", governor)) {
                return Event.Modality.FAILED;
            }
            if (governor != null && lexicon.is("conditional", governor)) {
                return Event.Modality.HYPOTHETICAL;
            }
            if (governor != null && lexicon.is("future", governor)) {
                return Event.Modality.PLANNED;
            }
            for (Token c : syntax.children(v)) {
                String r = c.relation();
                if ((r.startsWith("aux") || r.equals("mark")) && lexicon.is("conditional", c)) {
                    return Event.Modality.HYPOTHETICAL;
                }
                if (r.startsWith("aux") && lexicon.is("future", c)) {
                    return Event.Modality.PLANNED;
                }
            }
            if (Syntax.isVerbal(v) && tense.at(v.span()) == Tense.FUTURE) {
                return Event.Modality.PLANNED;
            }
            return Event.Modality.ASSERTED;
        }

        /** The innermost claim whose words hold the trigger. */
        private void claimOf(Draft d) {
            List<Claim> claims = analysis.claims();
            int best = -1;
            for (int i = 0; i < claims.size(); i++) {
                Claim c = claims.get(i);
                if (c.quote().contains(d.triggerSpan) && (best < 0 || claims.get(best).quote().contains(c.quote()))) {
                    best = i;
                }
            }
            d.claim = best;
            d.claimRef = best < 0 ? null : claims.get(best);
        }

        private void actors(Draft d, Token t, Trigger trigger, Token verb, Token theme) {
            Token agent = null;
            Token patient = null;
            if (trigger.verb()) {
                if (passive(t)) {
                    agent = passiveAgent(t);
                    patient = theme;
                } else {
                    agent = syntax.child(t, "nsubj");
                    patient = syntax.child(t, "obj");
                }
            } else {
                for (Token c : syntax.children(t)) {
                    if (c.relation().equals("nmod:poss") || c.relation().startsWith("nmod") && hasCase(c, "par", "by")) {
                        agent = c;
                    }
                }
                if (agent == null && verb != null && (t.relation().equals("obj") || t.relation().startsWith("nsubj"))) {
                    agent = t.relation().equals("obj") ? syntax.child(verb, "nsubj") : null;
                }
                if (agent == null && theme != null && trigger.condition() != Condition.PLACE && !isPlace(theme)) {
                    agent = theme;
                }
            }
            addActor(d, Event.Role.AGENT, agent);
            if (patient != null && !(trigger.condition() == Condition.PLACE && isPlace(patient))) {
                addActor(d, Event.Role.PATIENT, patient);
            }
            if (d.type == EventType.MEETING || d.type == EventType.NEGOTIATION || d.type == EventType.AGREEMENT
                    || d.type == EventType.ELECTION) {
                for (Event.Actor a : new ArrayList<>(d.actors.values())) {
                    d.actors.put(a.name(), new Event.Actor(Event.Role.PARTICIPANT, a.entityId(), a.name(), a.span(), a.text()));
                }
            }
        }

        private Token passiveAgent(Token verb) {
            for (Token c : syntax.children(verb)) {
                if (c.relation().equals("obl:agent") || c.relation().startsWith("obl") && hasCase(c, "par", "by")) {
                    return c;
                }
            }
            return null;
        }

        private boolean hasCase(Token t, String... words) {
            Token c = syntax.child(t, "case");
            if (c == null) {
                return false;
            }
            String w = EventLexicon.lower(c.text());
            for (String x : words) {
                if (x.equals(w)) {
                    return true;
                }
            }
            return false;
        }

        /** An actor from the mentions in the head's own words, and its coordinated ones. */
        private void addActor(Draft d, Event.Role role, Token head) {
            if (head == null) {
                return;
            }
            List<Token> heads = new ArrayList<>();
            heads.add(head);
            heads.addAll(syntax.children(head, "conj"));
            for (Token h : heads) {
                Mention m = mentionOf(h);
                if (m != null) {
                    Entity e = entities.get(m.entityId());
                    String name = e != null ? e.name() : m.text();
                    d.actors.putIfAbsent(name, new Event.Actor(role, m.entityId(), name, m.span(), m.text()));
                }
            }
        }

        /** The best mention within a noun phrase's first words: a government before its capital, names first. */
        private Mention mentionOf(Token head) {
            Span words = Syntax.span(syntax.subtree(head).stream().filter(w -> Math.abs(w.index() - head.index()) <= 4).toList());
            Mention best = null;
            for (Mention m : analysis.mentions()) {
                if (m.entityId() == null || words == null || !words.contains(m.span())) {
                    continue;
                }
                boolean covers = m.span().contains(head.span());
                if (best == null || covers && !best.span().contains(head.span())
                        || m.kind() == Mention.Kind.METONYM && best.kind() != Mention.Kind.METONYM) {
                    best = m;
                }
            }
            return best;
        }

        /** Where: a place as the theme of a capture, else a place in a locative phrase or complement. */
        private Event.Location location(Token t, Trigger trigger, Token theme) {
            if (theme != null && isPlace(theme)) {
                Event.Location l = placeIn(theme);
                if (l != null) {
                    return l;
                }
            }
            List<Token> heads = new ArrayList<>();
            heads.add(t);
            Token verb = trigger.verb() ? null : lightVerb(t);
            if (verb != null) {
                heads.add(verb);
            }
            for (Token h : heads) {
                for (Token c : syntax.children(h)) {
                    if ((c.relation().startsWith("obl") || c.relation().startsWith("nmod") || c.relation().equals("advmod"))
                            && c != theme) {
                        Event.Location l = placeIn(c);
                        if (l != null) {
                            return l;
                        }
                    }
                }
            }
            return null;
        }

        /** The most specific place mentioned in a phrase's words (a region phrase over its city name). */
        private Event.Location placeIn(Token head) {
            Span words = Syntax.span(syntax.subtree(head));
            if (words == null) {
                return null;
            }
            Mention best = null;
            for (Mention m : analysis.mentions()) {
                if (m.entityId() == null || m.kind() == Mention.Kind.GROUP || !words.contains(m.span())
                        || m.type() != EntityType.GPE && m.type() != EntityType.LOC) {
                    continue;
                }
                if (best == null || m.span().contains(best.span()) && !best.span().equals(m.span())) {
                    best = m;
                }
            }
            if (best == null) {
                return null;
            }
            Entity e = entities.get(best.entityId());
            return new Event.Location(best.entityId(), e == null ? best.text() : e.name(), best.span(),
                    e == null ? null : e.place());
        }

        /**
         * A time expression attached to the trigger or its verb, or written right after it; else, for an
         * event a claim tells as done or under way, the claim's date.
         */
        private void date(Draft d, Token t, Token verb) {
            for (Map.Entry<Timex, Token> point : points.entrySet()) {
                Timex x = point.getKey();
                Token attached = point.getValue();
                boolean own = attached != null && (attached.index() == t.index() || verb != null && attached.index() == verb.index());
                boolean after = x.span().start() >= t.span().end() && x.span().start() - t.span().end() <= 4
                        && text.substring(t.span().end(), x.span().start()).isBlank();
                if (own || after) {
                    String v = x.value();
                    d.date = v.indexOf('T') > 0 ? v.substring(0, v.indexOf('T')) : v;
                    d.dateBasis = Event.DateBasis.STATED;
                    return;
                }
            }
            if (d.claimRef != null && d.claimRef.date() != null && d.modality == Event.Modality.ASSERTED && recent(verb == null ? t : verb)) {
                d.date = d.claimRef.date();
                d.dateBasis = Event.DateBasis.CLAIM;
            }
        }

        /** Told as just done or under way: not a pluperfect or an imperfect ("avaient été retirés", "had killed"). */
        private boolean recent(Token v) {
            if (!Syntax.isVerbal(v)) {
                return true;
            }
            for (Token c : syntax.children(v)) {
                if (c.relation().startsWith("aux") && EventLexicon.lower(c.text()).matches("avai[st]|avaient|étai[st]|étaient|had")) {
                    return false;
                }
            }
            return !EventLexicon.lower(v.text()).matches(".*(ait|aient)") && tense.at(v.span()) != Tense.FUTURE;
        }
    }
}
