package org.factline.extract.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.factline.extract.claim.ClaimFinder.Draft;
import org.factline.extract.entity.CountryBodies;
import org.factline.extract.kb.KbEntity;
import org.factline.extract.kb.KnowledgeBase;
import org.factline.model.Claim;
import org.factline.model.Entity;
import org.factline.model.EntityType;
import org.factline.model.Mention;
import org.factline.model.Span;
import org.factline.model.Token;
import org.factline.extract.nlp.Syntax;

/**
 * Who says each claim. The words at the cue are read through the entities the article links ("le
 * président ukrainien" → Volodymyr Zelensky, "Kiev" speaking → Ukraine); pronouns, relative pronouns
 * and quotations without a cue go to the speaker of the paragraph (the last one who spoke, this
 * paragraph or the one before), else to the last person named; speakers without a name keep their
 * words ("source proche du dossier", "military analysts").
 */
final class Speakers {

    /** How many paragraphs back a speaker still holds the floor. */
    private static final int FLOOR = 1;
    /** How many words an unnamed speaker may keep. */
    private static final int MAX_UNNAMED_WORDS = 8;

    private final Syntax syntax;
    private final ClaimLexicon lexicon;
    private final Paragraphs paragraphs;
    private final Map<String, Entity> entities = new HashMap<>();
    private final String text;
    private final KnowledgeBase kb;
    private final CountryBodies bodies;
    /** While resolving a speaker: the span its words must stay in, or null. */
    private Span limit;

    /** A speaker with the paragraph where it last spoke. */
    private record Floor(Claim.Speaker speaker, int paragraph) {
    }

    Speakers(Syntax syntax, ClaimLexicon lexicon, Paragraphs paragraphs, KnowledgeBase kb, CountryBodies bodies) {
        this.kb = kb;
        this.bodies = bodies;
        this.syntax = syntax;
        this.lexicon = lexicon;
        this.paragraphs = paragraphs;
        this.text = syntax.analysis().text();
        syntax.analysis().entities().forEach(e -> entities.put(e.id(), e));
    }

    /** Sets each draft's speaker, in text order; drafts left without one are dropped. */
    List<Draft> resolve(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        Floor floor = null;
        for (Draft d : drafts) {
            int paragraph = paragraphs.indexOf(d.position());
            Resolved r;
            if (d.continuation) {
                r = floor != null && paragraph - floor.paragraph() <= FLOOR ? new Resolved(carried(floor.speaker()), false) : null;
            } else if (d.speakerHead != null) {
                limit = d.speakerPhrase;
                r = fromHead(d.speakerHead, 0);
                limit = null;
            } else if (d.speakerSpan != null) {
                r = Resolved.PRONOUN;
            } else {
                r = null;
            }
            if (r != null && r.pronoun()) {
                Claim.Speaker who = floor != null && paragraph - floor.paragraph() <= FLOOR ? carried(floor.speaker()) : null;
                if (who == null) {
                    who = lastPersonBefore(d.position(), d.cueToken);
                }
                Span at = d.speakerSpan != null ? d.speakerSpan : d.speakerHead.span();
                r = who == null ? null : new Resolved(new Claim.Speaker(who.entityId(), who.name(), at, at.of(text)), false);
                d.confidence -= 0.1;
            }
            if (r == null || r.speaker() == null) {
                continue;
            }
            if (floor != null && paragraph - floor.paragraph() <= FLOOR && standsFor(r.speaker(), floor.speaker())) {
                r = new Resolved(new Claim.Speaker(floor.speaker().entityId(), floor.speaker().name(), r.speaker().span(),
                        r.speaker().text()), false);
            }
            d.speaker = r.speaker();
            out.add(d);
            floor = new Floor(r.speaker(), paragraph);
        }
        return out;
    }

    /** The speaker a mention names; a capital or seat of power speaks for its country ("Séoul a dit"). */
    private Claim.Speaker speaker(Mention m) {
        KbEntity known = kb.byId(m.entityId()).orElse(null);
        if (known != null && known.governs() != null) {
            KbEntity country = kb.byId(known.governs()).orElse(null);
            if (country != null) {
                return new Claim.Speaker(country.id(), country.name(), m.span(), m.text());
            }
        }
        Entity e = entities.get(m.entityId());
        return new Claim.Speaker(m.entityId(), e != null ? e.name() : m.text(), m.span(), m.text());
    }

    private record Resolved(Claim.Speaker speaker, boolean pronoun) {
        static final Resolved PRONOUN = new Resolved(null, true);
    }

    /**
     * Whether a country speaking right after one of its own bodies stands for that body: "les services de
     * renseignement sud-coréens avaient indiqué … «…», ajoutait alors Séoul" — the capital varies the name.
     */
    private boolean standsFor(Claim.Speaker country, Claim.Speaker body) {
        if (country.entityId() == null || body.entityId() == null || country.entityId().equals(body.entityId())) {
            return false;
        }
        KbEntity c = kb.byId(country.entityId()).orElse(null);
        KbEntity b = kb.byId(body.entityId()).orElse(null);
        return c != null && b != null && c.isCountry() && b.type() == EntityType.ORG && b.country() != null
                && b.country().equals(c.country()) && wasMetonym(country);
    }

    /** Whether the speaker was named by a capital or seat of power ("Séoul", "the Kremlin"), not the country's name. */
    private boolean wasMetonym(Claim.Speaker s) {
        if (s.span() == null) {
            return false;
        }
        for (Mention m : syntax.analysis().mentions()) {
            if (s.span().contains(m.span()) && (m.kind() == Mention.Kind.METONYM
                    || m.entityId() != null && kb.byId(m.entityId()).map(k -> k.governs() != null).orElse(false))) {
                return true;
            }
        }
        return false;
    }

    private static Claim.Speaker carried(Claim.Speaker s) {
        return new Claim.Speaker(s.entityId(), s.name(), null, null);
    }

    private Resolved fromHead(Token head, int depth) {
        if (depth > 4) {
            return null;
        }
        if (lexicon.isRelative(head)) {
            Token clauseVerb = syntax.head(head);
            Token antecedent = clauseVerb == null ? null : syntax.head(clauseVerb);
            return antecedent == null ? null : fromHead(antecedent, depth + 1);
        }
        if (lexicon.isPronoun(head) || head.pos().equals("PRON")) {
            return lexicon.isPronoun(head) ? Resolved.PRONOUN : null;
        }
        List<Token> conjuncts = syntax.children(head, "conj").stream()
                .filter(c -> limit == null || limit.contains(c.span())).toList();
        if (!conjuncts.isEmpty()) {
            return coordinated(head, conjuncts);
        }
        Mention m = bestMention(head);
        Mention person = namedPersonInside(head);
        if (person == null) {
            person = twinSubject(head);
        }
        if (person != null && (m == null || m.type() != EntityType.PERSON)) {
            // "la ministre de la Santé, Claire Martin": the person named beside the role speaks
            return new Resolved(speaker(person), false);
        }
        if (m == null && lexicon.isAnaphoric(head)) {
            m = namedOrganisationInside(head);
        }
        if (m != null) {
            return new Resolved(speaker(m), false);
        }
        Token appos = syntax.child(head, "appos");
        if (appos != null) {
            Resolved r = fromHead(appos, depth + 1);
            if (r != null && r.speaker() != null && r.speaker().entityId() != null) {
                return r;
            }
        }
        if (lexicon.isChannel(head)) {
            // "a police statement said", "selon un communiqué du ministère": whoever issued it
            for (Token c : syntax.children(head)) {
                if (c.relation().startsWith("nmod") || c.relation().equals("compound")) {
                    Resolved r = fromHead(c, depth + 1);
                    if (r != null && r.speaker() != null) {
                        return r;
                    }
                }
            }
            return null;
        }
        return unnamed(head);
    }

    /** "Kiev, Sud-Coréens et Occidentaux": every name, joined. */
    private Resolved coordinated(Token head, List<Token> conjuncts) {
        List<String> names = new ArrayList<>();
        List<Token> all = new ArrayList<>();
        all.add(head);
        all.addAll(conjuncts);
        String id = null;
        for (Token t : all) {
            Mention m = bestMention(t);
            if (m == null) {
                m = mentionWithin(t);
            }
            if (m != null) {
                Claim.Speaker one = speaker(m);
                names.add(one.name());
                if (id == null) {
                    id = one.entityId();
                }
            } else {
                names.add(String.join(" ", words(t, true)));
            }
        }
        List<Token> words = new ArrayList<>(syntax.subtree(head));
        if (limit != null) {
            words.removeIf(w -> !limit.contains(w.span()));
        }
        Span span = Syntax.span(words);
        String joined = names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
        return new Resolved(new Claim.Speaker(names.size() == 1 ? id : null, joined, span, span.of(text)), false);
    }

    /** The mention that names a word, preferring a government over its capital and a name over a role. */
    private Mention bestMention(Token head) {
        Mention best = null;
        for (Mention m : syntax.analysis().mentions()) {
            if (!m.span().contains(head.span()) || m.entityId() == null) {
                continue;
            }
            if (best == null || rank(m) < rank(best) || rank(m) == rank(best) && m.span().length() > best.span().length()) {
                best = m;
            }
        }
        return best;
    }

    /**
     * A person named inside a speaker's words next to a role: "le directeur de l'agence, Yann Kerhervé",
     * "Dutch rider Femke de Vries" — an apposition or a name hanging from the role without a preposition
     * ("the lawyer for John Smith" is the lawyer, not Smith).
     */
    private Mention namedPersonInside(Token head) {
        for (Token t : syntax.subtree(head)) {
            if (t.index() == head.index() || excluded(t, head) && !t.relation().equals("appos")
                    || limit != null && !limit.contains(t.span())) {
                continue;
            }
            boolean attached = t.relation().equals("appos") || t.relation().startsWith("flat")
                    || t.relation().equals("compound") || t.relation().startsWith("nmod") && syntax.child(t, "case") == null;
            if (!attached || syntax.head(t) == null || syntax.head(t).index() != head.index() && !t.relation().equals("appos")) {
                continue;
            }
            Mention named = personAt(t);
            if (named == null && t.relation().equals("appos")) {
                // "…, le Pr Luc Gaudin": the name hangs from the title the apposition starts with
                for (Token n : syntax.children(t)) {
                    if (named == null && (n.relation().startsWith("flat") || n.relation().equals("appos"))) {
                        named = personAt(n);
                    }
                }
            }
            if (named != null) {
                return named;
            }
        }
        return null;
    }

    /**
     * "a regretté le chef du service, le Pr Luc Gaudin": the parser sometimes makes the apposition a second
     * subject of the verb; the person it names is the speaker the role describes.
     */
    private Mention twinSubject(Token head) {
        Token verb = syntax.head(head);
        if (verb == null || !head.relation().startsWith("nsubj")) {
            return null;
        }
        for (Token c : syntax.children(verb)) {
            if (c.index() > head.index() && c.relation().equals(head.relation())) {
                Mention m = personAt(c);
                return m != null ? m : namedPersonInside(c);
            }
        }
        return null;
    }

    private Mention personAt(Token t) {
        for (Mention m : syntax.analysis().mentions()) {
            if (m.entityId() != null && m.type() == EntityType.PERSON && m.span().contains(t.span())) {
                return m;
            }
        }
        return null;
    }

    /**
     * "le quotidien", "l'agence", "the company": a bare definite noun (adjectives at most) that a
     * source noun does not head refers back to the organisation named last, within three sentences.
     */
    private Mention definiteOrganisation(Token head) {
        if (!head.pos().equals("NOUN") || lexicon.isSourceNoun(head) && !lexicon.isAnaphoric(head)) {
            return null;
        }
        boolean definite = false;
        for (Token c : syntax.children(head)) {
            String r = c.relation();
            if (r.equals("det")) {
                String w = ClaimLexicon.lower(c.text());
                definite = w.equals("le") || w.equals("la") || w.equals("l'") || w.equals("the") || w.equals("les");
            } else if (!r.equals("amod") && !r.equals("case") && !Syntax.isPunct(c)) {
                return null;
            }
        }
        if (!definite) {
            return null;
        }
        return lastMentionBefore(EntityType.ORG, head.span().start(), head.sentence(), 3);
    }

    /**
     * "l'agence de notation Fitch", "the carrier Aerolis": the organisation named inside an organisation
     * noun's words, without a preposition of its own.
     */
    private Mention namedOrganisationInside(Token head) {
        for (Token t : syntax.subtree(head)) {
            if (t.index() == head.index() || limit != null && !limit.contains(t.span()) || syntax.child(t, "case") != null
                    || excluded(t, head) && !t.relation().equals("appos")) {
                continue;
            }
            Mention m = bestMention(t);
            if (m != null && m.type() == EntityType.ORG) {
                return m;
            }
        }
        return null;
    }

    /**
     * "la direction financière du groupe", "the company's management": a part of an organisation that
     * speaks for it, named by its owner — the organisation the owner names or refers back to.
     */
    private Mention owner(Token head) {
        if (!lexicon.isAnaphoric(head)) {
            return null;
        }
        for (Token c : syntax.children(head)) {
            if (c.relation().startsWith("nmod") && c.index() > head.index() || c.relation().equals("nmod:poss")) {
                Mention m = bestMention(c);
                if (m == null) {
                    m = definiteOrganisation(c);
                }
                if (m != null && m.type() == EntityType.ORG) {
                    return m;
                }
            }
        }
        return null;
    }

    /** The first linked mention inside a conjunct's own words ("Ni la Russie" → Russia). */
    private Mention mentionWithin(Token t) {
        List<Token> own = new ArrayList<>();
        for (Token w : syntax.subtree(t)) {
            if (!excluded(w, t)) {
                own.add(w);
            }
        }
        Span span = Syntax.span(own);
        for (Mention m : syntax.analysis().mentions()) {
            if (m.entityId() != null && span != null && span.contains(m.span())) {
                return m;
            }
        }
        return null;
    }

    private static int rank(Mention m) {
        return switch (m.kind()) {
            case METONYM -> 0;
            case NAME -> 1;
            case HONORIFIC -> 2;
            case SURNAME -> 3;
            case ROLE -> 4;
            case GROUP -> 5;
        };
    }

    /** A speaker without a name: its words, without determiner, clauses and appositions. */
    private Resolved unnamed(Token head) {
        Mention antecedent = definiteOrganisation(head);
        if (antecedent == null) {
            antecedent = owner(head);
        }
        if (antecedent != null) {
            Claim.Speaker s = speaker(antecedent);
            return new Resolved(new Claim.Speaker(s.entityId(), s.name(), head.span(), head.span().of(text)), false);
        }
        List<String> w = words(head, false);
        if (w.isEmpty()) {
            return null;
        }
        List<Token> tokens = new ArrayList<>(syntax.subtree(head));
        if (limit != null) {
            tokens.removeIf(x -> !limit.contains(x.span()));
        }
        Span span = tokens.isEmpty() ? head.span() : Syntax.span(tokens);
        // "Russia's defence ministry", "l'armée soudanaise": a body of a state, named as English news names it
        Optional<CountryBodies.Named> body = bodies.name(w.getFirst(), syntax.analysis().article().language().code());
        if (body.isPresent()) {
            return new Resolved(new Claim.Speaker(body.get().entityId(), body.get().name(), span, span.of(text)), false);
        }
        return new Resolved(new Claim.Speaker(null, String.join(" ", w), span, span.of(text)), false);
    }

    private List<String> words(Token head, boolean headOnly) {
        List<Token> kept = new ArrayList<>();
        for (Token t : syntax.subtree(head)) {
            if (limit != null && !limit.contains(t.span())) {
                continue;
            }
            if (t.index() != head.index() && (headOnly && t.relation().equals("conj") || excluded(t, head))) {
                continue;
            }
            if (kept.isEmpty() && (t.pos().equals("DET") || t.pos().equals("ADP") || Syntax.isPunct(t)
                    || t.pos().equals("CCONJ"))) {
                continue;
            }
            if (kept.size() >= MAX_UNNAMED_WORDS && t.index() > head.index()) {
                break;
            }
            kept.add(t);
        }
        while (!kept.isEmpty() && (Syntax.isPunct(kept.getLast()) || kept.getLast().pos().equals("ADP")
                || kept.getLast().pos().equals("DET") || kept.getLast().pos().equals("CCONJ"))) {
            kept.removeLast();
        }
        if (kept.isEmpty()) {
            return List.of();
        }
        // the words as written ("du", "Russia's"), not as the tokenizer split them ("de le", "Russia 's")
        StringBuilder b = new StringBuilder();
        Token previous = null;
        for (Token t : kept) {
            if (previous != null && t.span().equals(previous.span())) {
                continue;
            }
            if (previous != null) {
                b.append(previous.index() + 1 == t.index() ? text.substring(previous.span().end(), t.span().start()) : " ");
            }
            b.append(t.span().of(text));
            previous = t;
        }
        return List.of(b.toString().replaceAll("\\s+", " ").strip());
    }

    /** Whether a word below {@code head} belongs to a clause, an apposition or a conjunct rather than the name. */
    private boolean excluded(Token t, Token head) {
        for (Token x = t; x != null && x.index() != head.index(); x = syntax.head(x)) {
            String r = x.relation();
            if (r.startsWith("acl") || r.equals("appos") || r.equals("conj") || r.equals("cc") || r.startsWith("parataxis")) {
                return true;
            }
        }
        return false;
    }

    /** Whom something is said to ("a indiqué à l'AFP", "told Reuters"): not whom a later noun refers back to. */
    private boolean addressee(Mention m) {
        Token t = syntax.headOf(m.span());
        if (t == null || !(t.relation().startsWith("obl") || t.relation().equals("iobj") || t.relation().equals("obj"))) {
            return false;
        }
        Token verb = syntax.head(t);
        if (verb == null || !Syntax.isVerbal(verb) || lexicon.verb(verb).isEmpty()) {
            return false;
        }
        Token mark = syntax.child(t, "case");
        return mark == null ? verb.lemma().equals("tell") : ClaimLexicon.lower(mark.text()).matches("à|to");
    }

    private Claim.Speaker lastPersonBefore(int position, Token cue) {
        Mention best = lastMentionBefore(EntityType.PERSON, position, cue == null ? -1 : cue.sentence(), 2);
        return best == null ? null : carried(speaker(best));
    }

    /**
     * The last linked mention of a type ending by {@code offset}, at most {@code maxBack} sentences before
     * {@code sentence} (any distance when {@code sentence} is -1), or null.
     */
    private Mention lastMentionBefore(EntityType type, int offset, int sentence, int maxBack) {
        Mention best = null;
        for (Mention m : syntax.analysis().mentions()) {
            if (m.span().end() > offset || m.type() != type || m.entityId() == null || addressee(m)) {
                continue;
            }
            int at = syntax.sentenceAt(m.span().start());
            if (sentence >= 0 && at >= 0 && sentence - at > maxBack) {
                continue;
            }
            if (best == null || m.span().start() > best.span().start()) {
                best = m;
            }
        }
        return best;
    }
}
