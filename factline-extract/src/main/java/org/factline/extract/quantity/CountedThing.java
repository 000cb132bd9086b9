package org.factline.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.factline.model.Span;
import org.factline.model.Token;
import org.factline.extract.nlp.Syntax;

/**
 * What a number counts, read from the dependency parse: the noun it modifies ("3 000 soldats"), the noun
 * after its multiplier or numeral ("8 millions de foyers", "une vingtaine d'états"), or the noun after
 * "de"/"of" ("92 % des bureaux de vote", "2 000 des 3 550 soldats"); and that noun with the modifiers the
 * text gives it, with its passive predicate ("soldats nord-coréens tués ou blessés").
 */
final class CountedThing {

    /** Relations of the modifiers that stay with a counted noun. */
    private static final Set<String> MODIFIERS = Set.of("amod", "compound", "flat", "fixed", "nmod", "acl", "advmod",
            "case", "cc", "conj", "det", "punct");
    private static final int MAX_WORDS = 8;

    private final Syntax tree;
    private final QuantityLexicon lexicon;
    private final String text;
    private final Predicate<Token> isDemonym;
    /** Whether a word lies in a time expression: "1,048 last year" counts no year. */
    private final Predicate<Token> inTime;

    /** A counted noun and how it hangs on the number. */
    record Noun(Token token, boolean attached) {
    }

    CountedThing(Syntax tree, QuantityLexicon lexicon, String text, Predicate<Token> isDemonym, Predicate<Token> inTime) {
        this.isDemonym = isDemonym;
        this.inTime = inTime;
        this.tree = tree;
        this.lexicon = lexicon;
        this.text = text;
    }

    /**
     * The noun a number counts, or null. {@code attached} when the parse ties them (a numeric modifier,
     * or the noun after a multiplier's "de"); else it is the first noun after the amount (token index
     * {@code after} on), past "de"/"of", determiners, numbers and adjectives.
     */
    Noun noun(List<Token> number, Span amount, int after, int sentenceEnd) {
        Noun n = direct(number, amount, after, sentenceEnd);
        if (n == null || inTime.test(n.token())) {
            return null;
        }
        if (lexicon.isContainer(n.token().text()) || lexicon.isContainer(n.token().lemma())) {
            // "le nombre de soldats", "the death toll of civilians": what is counted is inside
            for (Token c : tree.children(n.token())) {
                if (Syntax.is(c, "nmod") && Syntax.isNoun(c) && hasOfCase(c)) {
                    return new Noun(c, n.attached());
                }
            }
        }
        return n;
    }

    private Noun direct(List<Token> number, Span amount, int after, int sentenceEnd) {
        Token head = Syntax.headOf(number);
        Token governor = tree.head(head);
        if (governor != null && (governor.pos().equals("NOUN") || isDemonym.test(governor))
                && (Syntax.is(head, "nummod") || Syntax.is(head, "det"))
                && governor.index() > head.index() && !governor.span().overlaps(amount)) {
            return new Noun(governor, true);
        }
        if (Syntax.isNoun(head) && !head.pos().equals("PROPN")) {
            for (Token c : tree.children(head)) {
                if ((Syntax.is(c, "nmod") || Syntax.is(c, "obl")) && c.index() > head.index() && Syntax.isNoun(c)
                        && hasOfCase(c) && !c.span().overlaps(amount)) {
                    return new Noun(c, true);
                }
            }
        }
        // "2 000 des 3 550 soldats", "92 % des bureaux": the first noun after the amount, past "de"/"of"
        boolean of = false;
        int from = after;
        for (int i = from; i < sentenceEnd && i < from + 6; i++) {
            Token t = tree.token(i);
            if (!of && lexicon.isOf(t.text())) {
                of = true;
            } else if (Syntax.isNoun(t)) {
                return t.pos().equals("PROPN") && !isDemonym.test(t) ? null : new Noun(t, false);
            } else if (!(t.pos().equals("DET") || t.pos().equals("NUM") || t.pos().equals("ADJ")
                    || t.pos().equals("PRON") && Syntax.is(t, "nmod:poss"))) {
                return null;
            }
        }
        return null;
    }

    /**
     * What a measure or sum measures: the noun the amount hangs from ("des vents de 105 km/h" → vents,
     * "a cost of NZ$26 million" → cost), or null.
     */
    Token measured(List<Token> number, Span amount) {
        Token t = tree.head(Syntax.headOf(number));
        for (int hop = 0; t != null && t.span().overlaps(amount) && hop < 4; hop++) {
            t = tree.head(t);
        }
        return t != null && t.pos().equals("NOUN") && !t.span().overlaps(amount) ? t : null;
    }

    private boolean hasOfCase(Token t) {
        for (Token c : tree.children(t)) {
            if (Syntax.is(c, "case") && lexicon.isOf(c.text())) {
                return true;
            }
        }
        return false;
    }

    /** The counted noun with its modifiers as written, and its passive predicate; with where it is. */
    record What(String text, Span span) {
    }

    What what(Token noun, Span amount) {
        List<Token> kept = new ArrayList<>();
        collect(noun, noun, kept, amount, 0);
        kept.sort((a, b) -> Integer.compare(a.index(), b.index()));
        while (!kept.isEmpty() && isEdge(kept.getFirst()) && kept.getFirst() != noun) {
            kept.removeFirst();
        }
        while (!kept.isEmpty() && isEdge(kept.getLast()) && kept.getLast() != noun) {
            kept.removeLast();
        }
        // keep the words next to the noun up to the first gap: "soldats nord-coréens" without a far clause
        List<Token> contiguous = new ArrayList<>();
        int at = kept.indexOf(noun);
        contiguous.add(noun);
        for (int k = at - 1; k >= 0 && kept.get(k).index() == contiguous.getFirst().index() - 1; k--) {
            contiguous.addFirst(kept.get(k));
        }
        for (int k = at + 1; k < kept.size() && kept.get(k).index() == contiguous.getLast().index() + 1
                && contiguous.size() < MAX_WORDS; k++) {
            contiguous.add(kept.get(k));
        }
        while (contiguous.size() > 1 && isEdge(contiguous.getLast())) {
            contiguous.removeLast();
        }
        List<Token> predicate = predicate(noun);
        Span span = new Span(contiguous.getFirst().span().start(), contiguous.getLast().span().end());
        StringBuilder b = new StringBuilder(words(contiguous));
        for (Token p : predicate) {
            if (p.index() > contiguous.getLast().index()) {
                b.append(' ').append(p.span().of(text));
                span = new Span(span.start(), Math.max(span.end(), p.span().end()));
            }
        }
        return new What(b.toString().replaceAll("[\\s\u00a0]+", " ").strip(), span);
    }

    private void collect(Token t, Token noun, List<Token> out, Span amount, int depth) {
        if (t.span().overlaps(amount) || depth > 3 || out.size() > 3 * MAX_WORDS) {
            return;
        }
        out.add(t);
        for (Token c : tree.children(t)) {
            String r = c.relation();
            if (Syntax.is(c, "acl") && r.contains("relcl") || Syntax.is(c, "nummod") || Syntax.is(c, "appos")) {
                continue;
            }
            if (Syntax.is(c, "det") && depth == 0 || Syntax.is(c, "punct") && depth == 0) {
                continue;
            }
            if (Syntax.is(c, "conj") && depth == 0 || Syntax.is(c, "cc") && depth == 0) {
                continue; // "soldats et civils": each noun is counted by its own number
            }
            String base = r.contains(":") ? r.substring(0, r.indexOf(':')) : r;
            if (MODIFIERS.contains(base)) {
                collect(c, noun, out, amount, depth + 1);
            }
        }
    }

    /** A word a phrase neither starts nor ends with: punctuation, a preposition, a conjunction, a determiner. */
    private static boolean isEdge(Token t) {
        String p = t.pos();
        return p.equals("PUNCT") || p.equals("ADP") || p.equals("CCONJ") || p.equals("DET") || p.equals("SCONJ")
                || p.equals("PRON");
    }

    /**
     * The passive predicate of a counted subject ("3 000 soldats … avaient été tués ou blessés",
     * "1,426 pilgrims were trampled"): the participle and the participles coordinated with it.
     */
    private List<Token> predicate(Token noun) {
        List<Token> out = new ArrayList<>();
        Token verb = tree.head(noun);
        if (verb == null || !Syntax.is(noun, "nsubj") || !lexicon.isParticiple(verb.text())) {
            return out;
        }
        boolean passive = Syntax.is(noun, "nsubj:pass") || tree.firstChild(verb, "aux:pass", "cop") != null;
        if (!passive) {
            return out;
        }
        out.add(verb);
        for (Token c : tree.children(verb)) {
            if (Syntax.is(c, "conj") && lexicon.isParticiple(c.text())) {
                Token cc = tree.firstChild(c, "cc");
                if (cc != null) {
                    out.add(cc);
                }
                out.add(c);
            }
        }
        out.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return out;
    }

    /** Tokens as written, with the text's own spacing between neighbours and split contractions once. */
    private String words(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        Token previous = null;
        for (Token t : tokens) {
            if (previous != null && t.span().equals(previous.span())) {
                continue;
            }
            if (previous != null) {
                b.append(previous.index() + 1 == t.index() && previous.span().end() <= t.span().start()
                        ? text.substring(previous.span().end(), t.span().start()) : " ");
            }
            b.append(t.span().of(text));
            previous = t;
        }
        return b.toString();
    }
}
