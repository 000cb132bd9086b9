package org.factline.extract.quantity;

import java.util.ArrayList;
import java.util.List;

import org.factline.model.Analysis;
import org.factline.model.Span;
import org.factline.model.Token;

/** The dependency tree of an article as the quantity extractor reads it: heads, children, the tokens of a span. */
final class Tree {

    private final List<Token> tokens;
    private final List<List<Token>> children;

    Tree(Analysis analysis) {
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

    Token token(int index) {
        return index < 0 || index >= tokens.size() ? null : tokens.get(index);
    }

    Token head(Token t) {
        return token(t.head());
    }

    List<Token> children(Token t) {
        return children.get(t.index());
    }

    /** The first child with one of the relations ("obl" also matches "obl:agent"), or null. */
    Token child(Token t, String... relations) {
        for (Token c : children(t)) {
            for (String r : relations) {
                if (is(c, r)) {
                    return c;
                }
            }
        }
        return null;
    }

    static boolean is(Token t, String relation) {
        return t.relation().equals(relation) || t.relation().startsWith(relation + ":");
    }

    /** The tokens of the sentence {@code sentence} that overlap {@code span}, in order. */
    List<Token> within(Span span, int first, int end) {
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
    Token headOf(List<Token> group) {
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

    static boolean isNoun(Token t) {
        return t.pos().equals("NOUN") || t.pos().equals("PROPN");
    }
}
