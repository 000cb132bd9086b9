package org.factline.extract.nlp;

import java.util.ArrayList;
import java.util.List;

import org.factline.model.Analysis;
import org.factline.model.Span;
import org.factline.model.Token;

/**
 * The dependency tree of an article, read the ways the extractors need (claims, figures, events): heads,
 * children by relation, subtrees, the tokens and head of a span.
 */
public final class Syntax {

    private final Analysis analysis;
    private final List<Token> tokens;
    private final List<List<Token>> children;

    public Syntax(Analysis analysis) {
        this.analysis = analysis;
        this.tokens = analysis.tokens();
        this.children = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            children.add(new ArrayList<>(2));
        }
        for (Token t : tokens) {
            if (t.head() >= 0 && t.head() < tokens.size()) {
                children.get(t.head()).add(t);
            }
        }
    }

    public Analysis analysis() {
        return analysis;
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** The token at an index, or null outside the article. */
    public Token token(int index) {
        return index < 0 || index >= tokens.size() ? null : tokens.get(index);
    }

    public Token head(Token t) {
        return token(t.head());
    }

    /** The sentence of the first token ending after {@code offset}, or -1 when the text ends before. */
    public int sentenceAt(int offset) {
        int first = firstEndingAfter(offset);
        return first < tokens.size() ? tokens.get(first).sentence() : -1;
    }

    /** The token whose text holds the character at {@code offset}, or null (between tokens, past the end). */
    public Token tokenAt(int offset) {
        int i = firstEndingAfter(offset);
        return i < tokens.size() && tokens.get(i).span().start() <= offset ? tokens.get(i) : null;
    }

    /** The index of the first token ending after {@code offset} (the number of tokens when none does). */
    private int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().end() > offset) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The token of a span whose head lies outside it (the span's syntactic head), or null. */
    public Token headOf(Span span) {
        for (int i = firstEndingAfter(span.start()); i < tokens.size() && tokens.get(i).span().start() < span.end(); i++) {
            Token t = tokens.get(i);
            if (span.contains(t.span()) && (head(t) == null || !span.contains(head(t).span()))) {
                return t;
            }
        }
        return null;
    }

    public List<Token> children(Token t) {
        return children.get(t.index());
    }

    /** The first child whose relation is one of {@code relations} (a relation "obl" also matches "obl:mod"). */
    public Token child(Token t, String... relations) {
        for (String r : relations) {
            for (Token c : children(t)) {
                if (is(c, r)) {
                    return c;
                }
            }
        }
        return null;
    }

    /** The first child, in text order, whose relation is any of {@code relations}, or null. */
    public Token firstChild(Token t, String... relations) {
        for (Token c : children(t)) {
            for (String r : relations) {
                if (is(c, r)) {
                    return c;
                }
            }
        }
        return null;
    }

    public List<Token> children(Token t, String relation) {
        List<Token> out = new ArrayList<>();
        for (Token c : children(t)) {
            if (is(c, relation)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Whether a token's relation is {@code relation} or a subtype of it ("obl" matches "obl:agent"). */
    public static boolean is(Token t, String relation) {
        return t.relation().equals(relation) || t.relation().startsWith(relation + ":");
    }

    /** The tokens of a sentence (from {@code first} to {@code end}) that overlap {@code span}, in order. */
    public List<Token> within(Span span, int first, int end) {
        List<Token> out = new ArrayList<>();
        for (int i = first; i < end; i++) {
            Token t = tokens.get(i);
            if (t.span().overlaps(span)) {
                out.add(t);
            }
        }
        return out;
    }

    /** Of some tokens, the one whose head lies outside them (the phrase's head), or the last. */
    public static Token headOf(List<Token> group) {
        for (Token t : group) {
            boolean inside = false;
            for (Token o : group) {
                if (o.index() == t.head()) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                return t;
            }
        }
        return group.getLast();
    }

    /** Whether {@code t} is {@code ancestor} or lies below it. */
    public boolean dominates(Token ancestor, Token t) {
        for (int depth = 0; t != null && depth < 64; depth++) {
            if (t.index() == ancestor.index()) {
                return true;
            }
            t = head(t);
        }
        return false;
    }

    /** The tokens of the subtree of {@code t}, in text order, leaving out the subtrees of {@code except}. */
    public List<Token> subtree(Token t, Token... except) {
        List<Token> out = new ArrayList<>();
        collect(t, out, except);
        out.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return out;
    }

    private void collect(Token t, List<Token> out, Token[] except) {
        for (Token e : except) {
            if (e != null && e.index() == t.index()) {
                return;
            }
        }
        out.add(t);
        if (out.size() > 400) {
            return;
        }
        for (Token c : children(t)) {
            collect(c, out, except);
        }
    }

    /** From the first to the last of {@code tokens}, or null when there are none. */
    public static Span span(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return null;
        }
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (Token t : tokens) {
            start = Math.min(start, t.span().start());
            end = Math.max(end, t.span().end());
        }
        return new Span(start, end);
    }

    public static boolean isVerbal(Token t) {
        return t.pos().equals("VERB") || t.pos().equals("AUX");
    }

    public static boolean isNoun(Token t) {
        return t.pos().equals("NOUN") || t.pos().equals("PROPN");
    }

    public static boolean isPunct(Token t) {
        return t.pos().equals("PUNCT");
    }
}
