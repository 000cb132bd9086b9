package org.factline.extract.time;

import java.util.List;
import java.util.Optional;

import org.factline.model.Analysis;
import org.factline.model.Sentence;
import org.factline.model.Span;
import org.factline.model.Timex;
import org.factline.model.Token;

/**
 * Which time expression governs a verb or a clause, and which verb a time expression hangs from, read
 * from the dependency tree. The claim and event extractors ask this: in "Moscou a annoncé samedi que
 * ses troupes avaient repris Soudja le 12 mars", "annoncé" is governed by "samedi" and "repris" by
 * "le 12 mars".
 */
public final class TimeAnchors {

    private TimeAnchors() {
    }

    /**
     * The point in time (DATE or TIME) that governs {@code verb}: one attached to the verb itself, else one
     * attached to a verb it depends on within its sentence (a time stated for the main clause holds for
     * its complements: "a annoncé samedi avoir repris…"), nearest first. Durations and sets never govern.
     */
    public static Optional<Timex> governing(Analysis analysis, Token verb) {
        Token current = verb;
        for (int depth = 0; current != null && depth < 8; depth++) {
            Timex best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Timex t : analysis.timexes()) {
                if (t.type() == Timex.Type.DURATION || t.type() == Timex.Type.SET) {
                    continue;
                }
                Token v = governingVerb(analysis, t.span());
                if (v != null && v.index() == current.index()) {
                    int distance = Math.abs(t.span().start() - verb.span().start());
                    if (distance < bestDistance) {
                        best = t;
                        bestDistance = distance;
                    }
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
            current = current.head() < 0 ? null : analysis.tokens().get(current.head());
            if (current != null && current.sentence() != verb.sentence()) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The point in time that governs the clause around a span of text (a quotation, a claim), if any. */
    public static Optional<Timex> governing(Analysis analysis, Span clause) {
        Token verb = headVerb(analysis, clause);
        return verb == null ? Optional.empty() : governing(analysis, verb);
    }

    /**
     * The verb a span of text (a time expression) hangs from: the head of the span's own head word, then
     * up the tree to the first verb (or auxiliary or predicative adjective standing as a root), or null.
     */
    public static Token governingVerb(Analysis analysis, Span span) {
        Token head = headWithin(analysis, span);
        if (head == null) {
            return null;
        }
        Token t = head.head() < 0 ? null : analysis.tokens().get(head.head());
        for (int depth = 0; t != null && depth < 12; depth++) {
            if (t.pos().equals("VERB") || t.pos().equals("AUX") && t.isRoot()) {
                return t;
            }
            if (t.isRoot()) {
                return t.pos().equals("ADJ") ? t : null;
            }
            t = analysis.tokens().get(t.head());
        }
        return null;
    }

    /** The verb that heads a clause span: the token of the span whose head lies outside it, climbing to a verb. */
    private static Token headVerb(Analysis analysis, Span clause) {
        Token head = headWithin(analysis, clause);
        for (int depth = 0; head != null && depth < 12; depth++) {
            if (head.pos().equals("VERB")) {
                return head;
            }
            head = head.head() < 0 ? null : analysis.tokens().get(head.head());
        }
        return null;
    }

    /** The token of a span whose head is outside it (the span's syntactic head), or null. */
    static Token headWithin(Analysis analysis, Span span) {
        List<Token> tokens = analysis.tokens();
        Token first = null;
        for (Sentence s : analysis.sentences()) {
            if (s.span().end() <= span.start() || s.span().start() >= span.end()) {
                continue;
            }
            for (Token t : analysis.tokens(s)) {
                if (!span.contains(t.span()) && !t.span().overlaps(span)) {
                    continue;
                }
                if (first == null) {
                    first = t;
                }
                if (t.head() < 0 || !span.contains(tokens.get(t.head()).span())
                        && !tokens.get(t.head()).span().overlaps(span)) {
                    return t;
                }
            }
        }
        return first;
    }
}
