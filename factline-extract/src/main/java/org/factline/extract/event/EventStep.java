package org.factline.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.factline.extract.Step;
import org.factline.extract.nlp.ParseNeed;
import org.factline.extract.nlp.Syntax;
import org.factline.extract.event.EventLexicon.Condition;
import org.factline.extract.event.EventLexicon.Trigger;
import org.factline.extract.time.DependencyTense;
import org.factline.model.Analysis;
import org.factline.model.Claim;
import org.factline.model.Entity;
import org.factline.model.EntityType;
import org.factline.model.Event;
import org.factline.model.EventType;
import org.factline.model.Mention;
import org.factline.model.Place;
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

    /**
     * The sentences whose trees events are read from: those with a word of the trigger lexicon (tested as
     * the finder tests it, before any tree: an adjective counts whatever its relation).
     */
    public static ParseNeed parseNeed() {
        return (analysis, sentence) -> EventLexicon.forLanguage(analysis.article().language().code())
                .map(lexicon -> analysis.tokens(sentence).stream().anyMatch(t -> !lexicon.triggers(t).isEmpty()))
                .orElse(false);
    }

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
        drafts.addAll(finder.statements());
        drafts.sort(java.util.Comparator.comparingInt(d -> d.trigger.index()));
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
                boolean measures = "persons".equals(q.unit()) && e.evidence.stream().anyMatch(s -> s.contains(q.span()))
                        || counts(q, e.triggerSpan);
                if (countable && measures) {
                    found = i;
                }
            }
            out.add(found < 0 ? q : q.withEvent(found));
        }
        return out;
    }

    /** Whether a figure counts the word of a trigger ("des pertes" that Séoul puts at 1 100). */
    private static boolean counts(Quantity q, Span trigger) {
        return q.whatSpan() != null && q.whatSpan().contains(trigger);
    }

    /**
     * One event per real event: the same type in one sentence; the same type, place and date again, whoever
     * tells it; a meeting, talks, an agreement or a vote with a participant in common on a compatible date
     * and place; and a definite noun with no date or place of its own ("l'accord", "the offensive") is the
     * event of its type told elsewhere in the article, the nearest before it, else after it.
     */
    private static List<Draft> merge(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Draft same = null;
            for (Draft o : out) {
                if (!d.mentionOnly && !o.mentionOnly && same(o, d)) {
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
        List<Draft> kept = new ArrayList<>(out);
        for (Draft d : out) {
            if (!d.anaphoric) {
                continue;
            }
            Draft target = antecedent(kept, d);
            if (target != null) {
                target.absorb(d);
            }
            if (target != null || d.mentionOnly) {
                kept.remove(d);
            }
        }
        return kept;
    }

    private static boolean same(Draft o, Draft d) {
        if (o.type != d.type || o.modality != d.modality) {
            return false;
        }
        boolean dates = o.date == null || d.date == null || o.date.startsWith(d.date) || d.date.startsWith(o.date);
        boolean places = o.location == null || d.location == null || samePlace(o.location, d.location);
        boolean samePlace = o.location != null && d.location != null && places;
        boolean sources = o.claim < 0 || d.claim < 0 || Objects.equals(o.speaker(), d.speaker());
        boolean participants = switch (d.type) {
            case MEETING, NEGOTIATION, AGREEMENT, ELECTION -> true;
            default -> false;
        };
        return o.sentence == d.sentence && sources
                || samePlace && dates
                || participants && dates && places && sharesActor(o, d);
    }

    /** The same place, or one in the other's region ("Gornal" in "Kursk Oblast"). */
    private static boolean samePlace(Event.Location a, Event.Location b) {
        return Objects.equals(a.entityId(), b.entityId()) || inside(a, b) || inside(b, a);
    }

    private static boolean inside(Event.Location small, Event.Location region) {
        return small.place() != null && small.place().admin1() != null && small.place().admin1().equals(region.name());
    }

    private static boolean sharesActor(Draft o, Draft d) {
        for (Event.Actor a : d.actors.values()) {
            if (a.entityId() != null && o.actors.values().stream().anyMatch(b -> a.entityId().equals(b.entityId()))) {
                return true;
            }
        }
        return false;
    }

    private static Draft antecedent(List<Draft> events, Draft d) {
        Draft before = null;
        Draft after = null;
        for (Draft o : events) {
            if (o == d || o.anaphoric || o.mentionOnly || o.type != d.type || o.modality != d.modality) {
                continue;
            }
            if (o.trigger.index() < d.trigger.index()) {
                before = o;
            } else if (after == null) {
                after = o;
            }
        }
        return before != null ? before : after;
    }

    /** An event being built. */
    private static final class Draft {
        EventType type;
        Token trigger;
        Span triggerSpan;
        String triggerText;
        int sentence;
        /** A definite noun with no date or place of its own: the event of its type told elsewhere. */
        boolean anaphoric;
        /** Not an event by itself: kept only to join the event it names. */
        boolean mentionOnly;
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
                if (insideName(t)) {
                    continue;
                }
                for (Trigger trigger : lexicon.triggers(t)) {
                    Token theme = theme(t, trigger);
                    if (!holds(trigger.condition(), t, theme)) {
                        continue;
                    }
                    Draft d = draft(t, trigger, theme);
                    if (reported(d, t, trigger)) {
                        if (d.location == null) {
                            // found after the test of what is reported: the sentence's place does not make a noun an event
                            d.location = placeInSentence(t, d);
                        }
                        out.add(d);
                    } else if (!trigger.verb() && definite(t) && !measuredByDuration(t)) {
                        // "conformément à l'accord": only a mention of an event the article tells elsewhere
                        d.anaphoric = true;
                        d.mentionOnly = true;
                        out.add(d);
                    }
                    break;
                }
            }
            return out;
        }

        /**
         * The act of denying or confirming told by a claim ("a démenti mardi", "the ministry confirmed"):
         * a STATEMENT_DENIAL or STATEMENT_CONFIRMATION event whose agent is the speaker, dated by the claim,
         * asserted by whoever reports the claim (the outlet, or the speaker of an enclosing claim). A
         * negated confirmation ("n'ont pas confirmé") is not an act of denying and makes none.
         */
        List<Draft> statements() {
            List<Draft> out = new ArrayList<>();
            List<Claim> claims = analysis.claims();
            for (int i = 0; i < claims.size(); i++) {
                Claim c = claims.get(i);
                EventType type = c.negated() ? null : switch (c.stance()) {
                    case DENY -> EventType.STATEMENT_DENIAL;
                    case CONFIRM -> EventType.STATEMENT_CONFIRMATION;
                    default -> null;
                };
                Token cue = c.cue() == null ? null : syntax.tokenAt(c.cue().start());
                if (type == null || cue == null) {
                    continue;
                }
                Draft d = new Draft();
                d.type = type;
                d.trigger = cue;
                d.triggerSpan = c.cue();
                d.triggerText = c.cueText();
                d.sentence = cue.sentence();
                d.evidence.add(analysis.sentences().get(cue.sentence()).span());
                d.claim = c.parent();
                d.claimRef = c.parent() < 0 ? null : claims.get(c.parent());
                if (c.speaker() != null && c.speaker().entityId() != null) {
                    d.actors.put(c.speaker().name(), new Event.Actor(Event.Role.AGENT, c.speaker().entityId(), c.speaker().name(),
                            c.speaker().span(), c.speaker().text()));
                }
                if (c.date() != null) {
                    d.date = c.date();
                    d.dateBasis = Event.DateBasis.CLAIM;
                }
                d.confidence = 0.6 + (d.actors.isEmpty() ? 0 : 0.1);
                out.add(d);
            }
            return out;
        }

        /**
         * Whether a trigger reports an event rather than naming one in passing. A noun needs something that
         * makes it one event: an actor, a place, a date of its own or a figure ("les hostilités", "des
         * pertes" alone speak of events in general). Background is not reported: a noun measured by a
         * duration ("des mois de combats", "after weeks of fighting"), a participle describing a
         * participant ("les militaires déployés dans cette zone avaient été retirés") unless it is the
         * sentence's predicate, as in a headline ("Deux militaires tués en Guyane").
         */
        private boolean reported(Draft d, Token t, Trigger trigger) {
            boolean ownDate = d.dateBasis == Event.DateBasis.STATED;
            if (trigger.verb()) {
                return ownDate || !describesParticipant(t);
            }
            if (measuredByDuration(t)) {
                return false;
            }
            return !d.actors.isEmpty() || d.location != null || ownDate || hasFigure(t);
        }

        private boolean describesParticipant(Token participle) {
            // "les militaires déployés dans cette zone", "les soldats qui ont combattu aux côtés des Russes"
            if (misreadParticiple(participle)) {
                return true;
            }
            if (!participle.relation().startsWith("acl")) {
                return false;
            }
            Token noun = syntax.head(participle);
            return noun != null && !noun.relation().equals("root") && otherVerb(participle);
        }

        /**
         * A participle the parser made the verb of its noun ("que les soldats déployés dans la zone avaient
         * quitté leurs positions": déployés ← soldats): a participle shape, a subject, no auxiliary of its
         * own, and a finite verb after it in the sentence that is not its own. A headline with no other
         * verb ("Trois policiers tués près de Tillabéri") keeps its participle as the predicate.
         */
        private boolean misreadParticiple(Token verb) {
            if (!verb.pos().equals("VERB") || syntax.child(verb, "nsubj") == null || !lexicon.endsAs("participle", verb)) {
                return false;
            }
            for (Token c : syntax.children(verb)) {
                if (c.relation().startsWith("aux") || c.relation().equals("cop")) {
                    return false;
                }
            }
            Sentence s = analysis.sentences().get(verb.sentence());
            for (Token w : analysis.tokens(s)) {
                if (w.index() > verb.index() && w.pos().equals("AUX") && w.head() != verb.index()) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the sentence has a verb besides the participle and other participles: not a headline. */
        private boolean otherVerb(Token participle) {
            for (Token w : analysis.tokens(analysis.sentences().get(participle.sentence()))) {
                if (w != participle && Syntax.isVerbal(w) && !w.relation().startsWith("acl")) {
                    return true;
                }
            }
            return false;
        }

        private boolean measuredByDuration(Token noun) {
            Token head = syntax.head(noun);
            if (head == null || !noun.relation().startsWith("nmod")) {
                return false;
            }
            for (Timex x : analysis.timexes()) {
                if (x.type() == Timex.Type.DURATION && x.span().contains(head.span())) {
                    return true;
                }
            }
            return false;
        }

        /** A figure in the noun's own words, or counting the noun ("des pertes que Séoul chiffre à 1 100"). */
        private boolean hasFigure(Token noun) {
            Span words = Syntax.span(syntax.subtree(noun));
            for (Quantity q : analysis.quantities()) {
                if (q.value() != null && (words != null && words.contains(q.span()) || counts(q, noun.span()))) {
                    return true;
                }
            }
            return false;
        }

        private Draft draft(Token t, Trigger trigger, Token theme) {
            Draft d = new Draft();
            d.type = trigger.type();
            Token governor = syntax.head(t);
            boolean participation = d.type == EventType.ATTACK && !trigger.verb() && governor != null
                    && lexicon.is("participate", governor);
            if (participation) {
                // taking part in fighting is not launching an attack: "engagés dans des combats", "took part in the fighting"
                d.type = EventType.OTHER;
            }
            d.trigger = t;
            d.triggerSpan = t.span();
            d.triggerText = t.span().of(text);
            d.sentence = t.sentence();
            Sentence s = analysis.sentences().get(t.sentence());
            d.evidence.add(s.span());
            Token verb = trigger.verb() ? t : participation && Syntax.isVerbal(governor) ? governor : lightVerb(t);
            d.modality = modality(t, verb);
            claimOf(d);
            actors(d, t, trigger, verb, theme);
            d.location = location(t, trigger, theme);
            date(d, t, verb);
            d.anaphoric = !trigger.verb() && definite(t) && d.location == null && d.dateBasis != Event.DateBasis.STATED;
            d.confidence += (d.actors.isEmpty() ? 0 : 0.1) + (d.location == null ? 0 : 0.1);
            return d;
        }

        private boolean definite(Token noun) {
            Token det = syntax.child(noun, "det");
            return det != null && lexicon.is("definite", det);
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
                case ARMED -> sentenceHas(t.sentence(), "armed", t)
                        || pronounSubject(t) && t.sentence() > 0 && sentenceHas(t.sentence() - 1, "armed", t);
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

        /** "Celles-ci avaient pénétré dans la zone", "they stormed the town": who acts is in the sentence before. */
        private boolean pronounSubject(Token verb) {
            Token subject = syntax.child(verb, "nsubj");
            return subject != null && subject.pos().equals("PRON");
        }

        /** Whether a sentence holds a word of the list other than the trigger itself ("a general strike"). */
        private boolean sentenceHas(int sentence, String list, Token trigger) {
            Sentence s = analysis.sentences().get(sentence);
            for (Token w : analysis.tokens(s)) {
                if (w != trigger && lexicon.is(list, w)) {
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
            // the verb whose subject or object the noun is, through nouns that hold it ("a lancé une série de
            // frappes"); not the verb of a phrase it sits in ("conformément à l'accord, des officiers seront
            // formés") nor of a comment beside it ("…, première confirmation de Moscou")
            Token below = noun;
            Token h = syntax.head(noun);
            for (int depth = 0; h != null && depth < 3; depth++) {
                if (Syntax.isVerbal(h)) {
                    return below.relation().matches("obj|nsubj|nsubj:pass|xcomp|iobj") ? h : null;
                }
                if (!h.pos().equals("NOUN") || !below.relation().startsWith("nmod")) {
                    return null;
                }
                below = h;
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
            if (governor != null && (lexicon.is("conditional", governor) || lexicon.is("purpose", governor))) {
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
                // a goal, not a deed: "mobilisés pour reprendre la région" (but "condamné pour avoir tué")
                if (r.equals("mark") && lexicon.is("purpose", c) && syntax.child(v, "aux") == null) {
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
            d.claim = innermostClaim(d.triggerSpan);
            d.claimRef = d.claim < 0 ? null : analysis.claims().get(d.claim);
        }

        /** The index of the innermost claim whose words hold a span, or -1. */
        private int innermostClaim(Span span) {
            List<Claim> claims = analysis.claims();
            int best = -1;
            for (int i = 0; i < claims.size(); i++) {
                Claim c = claims.get(i);
                if (c.quote().contains(span) && (best < 0 || claims.get(best).quote().contains(c.quote()))) {
                    best = i;
                }
            }
            return best;
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
                if (agent == null && theme != null && trigger.condition() != Condition.PLACE
                        && (!isPlace(theme) || speaksAsGovernment(d.type, theme))) {
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

        /** "la confirmation de Moscou", "the sanctions of Washington": a capital acting for its government. */
        private boolean speaksAsGovernment(EventType type, Token theme) {
            boolean acts = switch (type) {
                case STATEMENT_DENIAL, STATEMENT_CONFIRMATION, SANCTION, NEGOTIATION -> true;
                default -> false;
            };
            return acts && analysis.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.METONYM && m.span().contains(theme.span()));
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
            if (theme != null && isPlace(theme) && !speaksAsGovernment(trigger.type(), theme)) {
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
                            && c != theme && !nonLocative(c)) {
                        Event.Location l = placeIn(c);
                        if (l != null) {
                            return l;
                        }
                    }
                }
            }
            return null;
        }

        /** A noun phrase's words without the clauses inside it ("l'accord qui lie Moscou et Pyongyang"). */
        private List<Token> phrase(Token head) {
            List<Token> out = new ArrayList<>();
            out.add(head);
            for (Token c : syntax.children(head)) {
                String r = c.relation();
                if (!r.startsWith("acl") && !r.equals("advcl") && !r.equals("ccomp") && !r.equals("xcomp")
                        && !r.equals("parataxis")) {
                    out.addAll(phrase(c));
                }
            }
            return out;
        }

        /**
         * Where the sentence says it happened when the trigger's own phrases do not: a locative phrase of the
         * sentence headed by a place ("… near Vorukh", "dans la région de Koursk"; not "à la télévision d'État
         * russe"), in the same words as the trigger (the narrator's or the quote's), not one of the event's
         * actors, nor one in a phrase of time or company.
         */
        private Event.Location placeInSentence(Token t, Draft d) {
            Sentence s = analysis.sentences().get(t.sentence());
            Span voice = quoteOf(t);
            for (Token w : analysis.tokens(s)) {
                // a place in the same words: the narrator's for the narrator's event, the quote's for the quote's
                if (!Objects.equals(voice, quoteOf(w))
                        || !(w.relation().startsWith("obl") || w.relation().startsWith("nmod")) || nonLocative(w)
                        || syntax.child(w, "case") == null || !lexicon.is("locative", syntax.child(w, "case")) || !isPlace(w)) {
                    continue;
                }
                Event.Location l = placeIn(w);
                if (l != null && d.actors.values().stream().noneMatch(a -> java.util.Objects.equals(a.entityId(), l.entityId()))) {
                    return l;
                }
            }
            return null;
        }

        /** The innermost claim's words a token is in, or null. */
        private Span quoteOf(Token t) {
            int claim = innermostClaim(t.span());
            return claim < 0 ? null : analysis.claims().get(claim).quote();
        }

        /** A phrase of time, cause, company or manner ("depuis leur engagement aux côtés de Moscou"): no place in it. */
        private boolean nonLocative(Token phrase) {
            Token c = syntax.child(phrase, "case");
            return c != null && lexicon.is("nonlocative", c);
        }

        /**
         * The most specific place named in a phrase's words: of the outermost place mentions (a region
         * phrase over its city name: "la région de Koursk"), the one of finest precision ("la dernière
         * localité de la région de Koursk, le village de Gornal" → Gornal), the first on a tie.
         */
        private Event.Location placeIn(Token head) {
            Span words = Syntax.span(phrase(head));
            if (words == null) {
                return null;
            }
            List<Mention> places = new ArrayList<>();
            for (Mention m : analysis.mentions()) {
                if (m.entityId() != null && m.kind() != Mention.Kind.GROUP && words.contains(m.span())
                        && (m.type() == EntityType.GPE || m.type() == EntityType.LOC)) {
                    places.add(m);
                }
            }
            Mention best = null;
            for (Mention m : places) {
                boolean nested = places.stream().anyMatch(o -> o != m && o.span().contains(m.span()) && !o.span().equals(m.span()));
                if (!nested && (best == null || precision(m) < precision(best))) {
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

        private int precision(Mention m) {
            Entity e = entities.get(m.entityId());
            return e == null || e.place() == null ? Place.Precision.REGION.ordinal() : e.place().precision().ordinal();
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
