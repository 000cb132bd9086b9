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
    private final Tree tree;
    private final QuantityLexicon lexicon;
    private final KnowledgeBase kb;
    private final Map<String, Entity> entities = new HashMap<>();

    /** A source and the claim it comes from (-1 when from a verb of estimating). */
    record Source(Claim.Speaker speaker, int claim) {
        static final Source NARRATOR = new Source(null, -1);
    }

    FigureSources(Analysis analysis, Tree tree, QuantityLexicon lexicon, KnowledgeBase kb) {
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
        Claim.Speaker estimator = estimator(number);
        return estimator == null ? Source.NARRATOR : new Source(estimator, -1);
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
        Token t = number;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            Token up = tree.head(t);
            if (up == null) {
                return null;
            }
            if (lexicon.isEstimate(up.text(), up.lemma())) {
                Token subject = tree.child(up, "nsubj", "obl:agent");
                if (subject != null && !Tree.is(subject, "nsubj:pass")) {
                    return speaker(subject);
                }
            }
            if (up.pos().equals("VERB") || Tree.is(t, "ccomp") || Tree.is(t, "advcl") || Tree.is(t, "parataxis")) {
                return null; // the number's own clause ends here
            }
            t = up;
        }
        return null;
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
            return null;
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
