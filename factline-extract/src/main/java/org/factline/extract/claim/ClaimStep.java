package org.factline.extract.claim;

import java.util.ArrayList;
import java.util.List;

import org.factline.extract.Step;
import org.factline.extract.claim.ClaimFinder.Draft;
import org.factline.extract.entity.CountryBodies;
import org.factline.extract.kb.KnowledgeBase;
import org.factline.model.Analysis;
import org.factline.model.Claim;
import org.factline.model.Sentence;
import org.factline.model.Span;
import org.factline.extract.nlp.ParseNeed;
import org.factline.extract.nlp.Syntax;
import org.factline.model.Token;

/**
 * Finds who said what, when: direct quotations and reported speech with their speaker (an entity of the
 * article where there is one), cue, stance, date and channel. Needs the linguistic layer, the entities
 * and the time expressions. Languages without a lexicon of cues ({@code lang/<code>/claims/cues.tsv})
 * get no claims.
 */
public final class ClaimStep implements Step {

    private final KnowledgeBase kb;
    private final CountryBodies bodies;

    /** @param kb what is known of the entities beyond the article (which country a body belongs to) */
    public ClaimStep(KnowledgeBase kb) {
        this.kb = kb;
        this.bodies = new CountryBodies(kb);
    }

    @Override
    public String name() {
        return "claims";
    }

    @Override
    public Analysis apply(Analysis analysis) {
        if (analysis.tokens().isEmpty()) {
            return analysis;
        }
        return ClaimLexicon.forLanguage(analysis.article().language().code())
                .map(lexicon -> analysis.withClaims(claims(analysis, lexicon)))
                .orElse(analysis);
    }

    private List<Claim> claims(Analysis analysis, ClaimLexicon lexicon) {
        String text = analysis.text();
        Paragraphs paragraphs = paragraphs(analysis);
        Syntax syntax = new Syntax(analysis);
        var quotations = Quotations.find(text, paragraphs.spans());
        List<Draft> drafts = new ClaimFinder(syntax, lexicon, quotations).find();
        drafts = new Speakers(syntax, lexicon, paragraphs, kb, bodies).resolve(drafts);
        new ClaimDates(syntax, lexicon, paragraphs).date(drafts);
        List<Claim> claims = new ArrayList<>();
        for (Draft d : drafts) {
            claims.add(new Claim(d.quote, d.quote.of(text), d.cue, d.cue == null ? null : d.cue.of(text), d.speaker,
                    d.direct, d.stance, d.negated, d.date, d.dateBasis, d.channel, evidence(analysis, d),
                    parent(drafts, d), Math.max(0.1, Math.min(1.0, d.confidence))));
        }
        return claims;
    }

    /**
     * The sentences whose trees the claims are read from: a reporting verb or noun of the lexicon (by form or
     * lemma, whatever its part of speech), a preposition of attribution, or a quotation mark (a quotation's
     * own sentence is read for the verb it may hang from).
     */
    public static ParseNeed parseNeed() {
        return (analysis, sentence) -> ClaimLexicon.forLanguage(analysis.article().language().code())
                .map(lexicon -> mayHoldClaim(analysis, sentence, lexicon)).orElse(false);
    }

    private static boolean mayHoldClaim(Analysis analysis, Sentence sentence, ClaimLexicon lexicon) {
        String text = analysis.text();
        for (Token t : analysis.tokens(sentence)) {
            if (lexicon.verb(t).isPresent() || lexicon.noun(t).isPresent() || lexicon.prepAt(text, t.span().start()).isPresent()
                    || lexicon.isChannel(t)) {
                return true;
            }
        }
        String s = sentence.span().of(text);
        for (int i = 0; i < s.length(); i++) {
            // the marks Quotations opens or closes on; ’ is left out: in French it is mostly an apostrophe
            if ("«»“”„‹›‘\"".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The paragraphs of running text: headings do not break a speaker's turn. */
    private static Paragraphs paragraphs(Analysis analysis) {
        List<Span> out = new ArrayList<>();
        for (Span p : analysis.article().paragraphs()) {
            if (analysis.article().headings().stream().noneMatch(h -> h.contains(p)) && !looksLikeSubheading(p.of(analysis.text()))) {
                out.add(p);
            }
        }
        return new Paragraphs(out.isEmpty() ? List.of(new Span(0, analysis.text().length())) : out);
    }

    /** A short line without final punctuation between paragraphs ("Soldats nord-coréens félicités"). */
    private static boolean looksLikeSubheading(String paragraph) {
        String p = paragraph.strip();
        return p.length() < 80 && !p.isEmpty() && ".!?»”\"…:".indexOf(p.charAt(p.length() - 1)) < 0;
    }

    /** The sentences from the cue (or the speaker) to the end of what is claimed. */
    private static Span evidence(Analysis analysis, Draft d) {
        int start = d.position();
        if (d.speaker != null && d.speaker.span() != null) {
            start = Math.min(start, d.speaker.span().start());
        }
        int end = Math.max(d.quote.end(), d.cue == null ? 0 : d.cue.end());
        int from = start;
        int to = end;
        for (Sentence s : analysis.sentences()) {
            if (s.span().start() <= start && start < s.span().end()) {
                from = s.span().start();
            }
            if (s.span().start() < end && end <= s.span().end()) {
                to = s.span().end();
            }
        }
        return new Span(from, Math.max(from, to));
    }

    /** The claim whose content holds this claim's cue: "X said that Y had announced …" → X's claim. */
    private static int parent(List<Draft> drafts, Draft d) {
        if (d.cue == null) {
            return -1;
        }
        int best = -1;
        for (int i = 0; i < drafts.size(); i++) {
            Draft o = drafts.get(i);
            if (o != d && o.quote.contains(d.cue) && (best < 0 || drafts.get(best).quote.contains(o.quote))) {
                best = i;
            }
        }
        return best;
    }
}
