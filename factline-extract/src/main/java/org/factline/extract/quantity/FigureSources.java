package org.factline.extract.quantity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.factline.extract.kb.KbEntity;
import org.factline.extract.kb.KnowledgeBase;
import org.factline.model.Analysis;
import org.factline.model.Claim;
import org.factline.model.Entity;
import org.factline.model.Mention;
import org.factline.model.Span;
import org.factline.model.Token;
import org.factline.extract.nlp.Syntax;

/**
 * Who gives a figure: the speaker of the innermost claim whose words hold it; else the subject of a verb
 * of estimating or counting that governs it ("des pertes que Séoul chiffre à 1 100", "the toll was put at
 * 40 by the ministry"); else nobody, and the outlet states it. A capital or seat of power gives its
 * country's government, as for claims.
 */
final class FigureSources {

    /** How far up the tree a verb of estimating may govern the number. */
    private static final int MAX_HOPS = 4;

    private final Analysis analysis;
    private final Syntax tree;
    private final QuantityLexicon lexicon;
    private final KnowledgeBase kb;
    private final Map<String, Entity> entities = new HashMap<>();

    /** A source and the claim it comes from (-1 when from a verb of estimating). */
    record Source(Claim.Speaker speaker, int claim) {
        static final Source NARRATOR = new Source(null, -1);
    }

    FigureSources(Analysis analysis, Syntax tree, QuantityLexicon lexicon, KnowledgeBase kb) {
        this.analysis = analysis;
        this.tree = tree;
        this.lexicon = lexicon;
        this.kb = kb;
        analysis.entities().forEach(e -> entities.put(e.id(), e));
    }

    Source of(Span amount, Token number, Span sentence) {
        int claim = innermostClaim(amount);
        if (claim < 0) {
            claim = attributedSentence(sentence);
        }
        if (claim >= 0) {
            return new Source(analysis.claims().get(claim).speaker(), claim);
        }
        Claim.Speaker who = estimator(number);
        if (who == null) {
            who = attribution(number, sentence);
        }
        if (who == null) {
            who = incise(number);
        }
        return who == null ? Source.NARRATOR : new Source(who, -1);
    }

    /**
     * "selon le gouverneur régional, …", "according to the fire service": who a preposition of attribution
     * in the sentence names, when no claim was made of it; not when the figure is inside that name.
     */
    private Claim.Speaker attribution(Token number, Span sentence) {
        String text = analysis.text();
        String lower = QuantityLexicon.lower(sentence.of(text));
        for (String form : lexicon.attributionForms()) {
            int at = lower.indexOf(form);
            while (at >= 0) {
                boolean word = (at == 0 || !Character.isLetter(lower.charAt(at - 1)))
                        && (at + form.length() >= lower.length() || !Character.isLetter(lower.charAt(at + form.length())));
                if (word) {
                    Token object = firstNounFrom(sentence.start() + at + form.length(), number.sentence());
                    if (object != null && !within(number, object)) {
                        Claim.Speaker s = speaker(object);
                        if (s != null) {
                            return s;
                        }
                    }
                }
                at = lower.indexOf(form, at + 1);
            }
        }
        return null;
    }

    private Token firstNounFrom(int offset, int sentence) {
        for (Token t : analysis.tokens()) {
            if (t.sentence() == sentence && t.span().start() >= offset) {
                if (Syntax.isNoun(t)) {
                    while ((Syntax.is(t, "compound") || Syntax.is(t, "flat")) && tree.head(t) != null) {
                        t = tree.head(t); // "fire brigade": the phrase's head
                    }
                    return t;
                }
                if (!t.pos().equals("DET") && !t.pos().equals("ADJ") && !t.pos().equals("ADP")) {
                    return null;
                }
            }
        }
        return null;
    }

    private boolean within(Token t, Token ancestor) {
        for (int depth = 0; t != null && depth < 32; depth++, t = tree.head(t)) {
            if (t.index() == ancestor.index()) {
                return true;
            }
        }
        return false;
    }

    /** "…, local health officials said", "…, a précisé l'armée de l'air": a verb of saying set after the clause. */
    private Claim.Speaker incise(Token number) {
        Token root = number;
        for (int depth = 0; depth < 32 && tree.head(root) != null; depth++) {
            root = tree.head(root);
        }
        if (root.index() > number.index() && lexicon.isReporting(root.text(), root.lemma())) {
            // "…, officials said" parsed with the saying verb as the root of the sentence
            Token subject = tree.firstChild(root, "nsubj");
            if (subject != null && subject.index() > number.index() && !within(number, subject)) {
                return speaker(subject);
            }
        }
        for (Token c : tree.children(root)) {
            if (Syntax.is(c, "parataxis") && c.index() > number.index() && lexicon.isReporting(c.text(), c.lemma())) {
                Token subject = tree.firstChild(c, "nsubj");
                if (subject == null) {
                    subject = tree.firstChild(c, "obj"); // "…, a précisé l'armée de l'air": the subject after the verb
                }
                if (subject != null) {
                    return speaker(subject);
                }
            }
        }
        return null;
    }

    private int innermostClaim(Span amount) {
        List<Claim> claims = analysis.claims();
        int best = -1;
        for (int i = 0; i < claims.size(); i++) {
            Span q = claims.get(i).quote();
            if (q != null && q.contains(amount) && (best < 0 || claims.get(best).quote().contains(q))) {
                best = i;
            }
        }
        return best;
    }

    /** A claim opened by "selon"/"according to" in the sentence: it covers the whole sentence. */
    private int attributedSentence(Span sentence) {
        List<Claim> claims = analysis.claims();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            if (c.cue() != null && sentence.contains(c.cue()) && lexicon.isAttribution(c.cueText())) {
                return i;
            }
        }
        return -1;
    }

    /** The subject (or passive agent) of a verb of estimating above the number, as a speaker; or null. */
    private Claim.Speaker estimator(Token number) {
        Token verb = estimatingVerb(number);
        Token subject = verb == null ? null : tree.firstChild(verb, "nsubj", "obl:agent");
        return subject == null || Syntax.is(subject, "nsubj:pass") ? null : speaker(subject);
    }

    /** The verb of estimating or counting that governs the number within its clause, or null. */
    private Token estimatingVerb(Token number) {
        Token t = number;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            Token up = tree.head(t);
            if (up == null) {
                return null;
            }
            if (lexicon.isEstimate(up.text(), up.lemma())) {
                return up;
            }
            if (up.pos().equals("VERB") || Syntax.is(t, "ccomp") || Syntax.is(t, "advcl") || Syntax.is(t, "parataxis")) {
                return null; // the number's own clause ends here
            }
            t = up;
        }
        return null;
    }

    /**
     * What a verb of estimating puts a number on: its object ("put its losses at 5,937"), or the noun its
     * clause describes ("des pertes que Séoul chiffre à 1 100"); null when there is none or it is part
     * of the amount.
     */
    Token estimated(Token number, Span amount) {
        Token verb = estimatingVerb(number);
        if (verb == null) {
            return null;
        }
        Token object = tree.firstChild(verb, "obj");
        if (object == null && (Syntax.is(verb, "acl") || Syntax.is(verb, "ccomp")) && tree.head(verb) != null) {
            object = tree.head(verb);
        }
        return object != null && object.pos().equals("NOUN") && !object.span().overlaps(amount) ? object : null;
    }

    private Claim.Speaker speaker(Token subject) {
        Mention best = null;
        for (Mention m : analysis.mentions()) {
            if (m.entityId() != null && m.span().contains(subject.span())
                    && (best == null || rank(m) < rank(best))) {
                best = m;
            }
        }
        if (best == null) {
            Token appos = tree.firstChild(subject, "appos");
            return appos != null && appos.index() != subject.index() ? namedOr(appos, subject) : unnamed(subject);
        }
        KbEntity known = kb.byId(best.entityId()).orElse(null);
        if (known != null && known.governs() != null) {
            KbEntity country = kb.byId(known.governs()).orElse(null);
            if (country != null) {
                return new Claim.Speaker(country.id(), country.name(), best.span(), best.text());
            }
        }
        Entity e = entities.get(best.entityId());
        return new Claim.Speaker(best.entityId(), e != null ? e.name() : best.text(), best.span(), best.text());
    }

    private Claim.Speaker namedOr(Token appos, Token subject) {
        for (Mention m : analysis.mentions()) {
            if (m.entityId() != null && m.span().contains(appos.span())) {
                return speaker(appos);
            }
        }
        return unnamed(subject);
    }

    /** A source without a name keeps its words, without determiner and clauses: "local health officials". */
    private Claim.Speaker unnamed(Token head) {
        if (head.pos().equals("PRON")) {
            return null;
        }
        java.util.List<Token> kept = new java.util.ArrayList<>();
        kept.add(head);
        for (Token c : tree.children(head)) {
            if (Syntax.is(c, "amod") || Syntax.is(c, "compound") || Syntax.is(c, "flat")
                    || Syntax.is(c, "nmod") && c.index() > head.index() && c.index() - head.index() <= 4) {
                kept.add(c);
                for (Token g : tree.children(c)) {
                    if (Syntax.is(g, "case") || Syntax.is(g, "det") || Syntax.is(g, "amod") || Syntax.is(g, "flat")) {
                        kept.add(g);
                    }
                }
            }
        }
        kept.sort((a, b) -> Integer.compare(a.index(), b.index()));
        while (kept.size() > 1 && (kept.getFirst().pos().equals("DET") || kept.getFirst().pos().equals("ADP"))) {
            kept.removeFirst();
        }
        Span span = new Span(kept.getFirst().span().start(), kept.getLast().span().end());
        String words = span.of(analysis.text()).replaceAll("\\s+", " ").strip();
        return new Claim.Speaker(null, words, span, words);
    }

    /** A capital speaking (metonym) before a name, a name before a role. */
    private static int rank(Mention m) {
        return switch (m.kind()) {
            case METONYM -> 0;
            case NAME -> 1;
            case HONORIFIC, SURNAME -> 2;
            case ROLE -> 3;
            case GROUP -> 4;
        };
    }
}
