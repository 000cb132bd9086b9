package org.factline.knowledge.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factline.model.Span;

/**
 * The disagreements {@link Contradictions} has found so far, one per key in the order the keys were first found,
 * and the question it asks before adding one from a claim thread: does one found already set these sides against
 * each other in one of these articles, or one of these statements against the other's side ({@link #settles})?
 *
 * <p>The question is answered from two counted indexes, without looking at the disagreements themselves. Two
 * sources are on one side when they have the same party or the same folded name ({@link Source#sameSide}), so a
 * disagreement is filed, for each article of its sides and each party or name of each side, under its kind, the
 * article, the role of that article's side and the two sides: a disagreement settles another with the same sides
 * in one of its articles exactly when the other finds something filed where it looks. For the second question it
 * files the evidence of each statement under the statement's article and the other side's party and name; the
 * spans filed there are few (the statements of one article), so testing them for an overlap is cheap however
 * many disagreements repeat them. A key whose disagreement is replaced has the old one's filings withdrawn.
 *
 * <p>At 156,000 generated articles the former index, which gathered the keys filed under an article and a side
 * into a set for every question, ran out of a 13 GB heap: near-copies of one article made those sets huge.
 */
final class FoundDisagreements {

    private final Map<String, Contradiction> byKey = new LinkedHashMap<>();
    /** How many disagreements are filed under each pair of sides in an article. */
    private final Map<Same, Integer> same = new HashMap<>();
    /** The evidence of statements set against a side, by article and side, each with how many disagreements do so. */
    private final Map<Against, Map<Span, Integer>> against = new HashMap<>();

    /** Kind, the article of side a ({@code roleA}) or b, and the side tokens of a and b (party or folded name). */
    private record Same(Contradiction.Kind kind, boolean roleA, String articleId, String sideA, String sideB) {
    }

    /** A statement's article and a side token of the source it is set against. */
    private record Against(String articleId, String side) {
    }

    Contradiction get(String key) {
        return byKey.get(key);
    }

    /** Keeps {@code c} under {@code key}, in place of what the key held. */
    void put(String key, Contradiction c) {
        Contradiction old = byKey.put(key, c);
        if (old != null) {
            file(old, -1);
        }
        file(c, +1);
    }

    List<Contradiction> values() {
        return new ArrayList<>(byKey.values());
    }

    /**
     * Whether a disagreement found already has the kind and the sides of {@code c} with one of its articles, or sets
     * one of its statements against the other's side.
     */
    boolean settles(Contradiction c) {
        List<String> sidesA = sides(c.a());
        List<String> sidesB = sides(c.b());
        for (String a : sidesA) {
            for (String b : sidesB) {
                if (same.containsKey(new Same(c.kind(), true, c.a().articleId(), a, b))
                        || same.containsKey(new Same(c.kind(), true, c.a().articleId(), b, a))
                        || same.containsKey(new Same(c.kind(), false, c.b().articleId(), a, b))
                        || same.containsKey(new Same(c.kind(), false, c.b().articleId(), b, a))) {
                    return true;
                }
            }
        }
        return setAgainst(c.a(), sidesB) || setAgainst(c.b(), sidesA);
    }

    /** Whether a disagreement found sets words overlapping {@code statement}'s against one of these sides. */
    private boolean setAgainst(Statement statement, List<String> otherSides) {
        if (statement.evidence() == null) {
            return false;
        }
        for (String side : otherSides) {
            Map<Span, Integer> spans = against.get(new Against(statement.articleId(), side));
            if (spans != null) {
                for (Span s : spans.keySet()) {
                    if (s.start() < statement.evidence().end() && statement.evidence().start() < s.end()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Files {@code c} ({@code delta} +1) or withdraws its filings (-1). */
    private void file(Contradiction c, int delta) {
        List<String> sidesA = sides(c.a());
        List<String> sidesB = sides(c.b());
        for (String a : sidesA) {
            for (String b : sidesB) {
                count(same, new Same(c.kind(), true, c.a().articleId(), a, b), delta);
                count(same, new Same(c.kind(), false, c.b().articleId(), a, b), delta);
            }
        }
        fileAgainst(c.a(), sidesB, delta);
        fileAgainst(c.b(), sidesA, delta);
    }

    private void fileAgainst(Statement statement, List<String> otherSides, int delta) {
        if (statement.evidence() == null) {
            return;
        }
        for (String side : otherSides) {
            Against where = new Against(statement.articleId(), side);
            Map<Span, Integer> spans = against.computeIfAbsent(where, k -> new HashMap<>(4));
            count(spans, statement.evidence(), delta);
            if (spans.isEmpty()) {
                against.remove(where);
            }
        }
    }

    private static <K> void count(Map<K, Integer> counts, K key, int delta) {
        counts.merge(key, delta, (x, y) -> x + y == 0 ? null : x + y);
    }

    /** What puts a source on a side: its party and its folded name, either one shared is enough. */
    private static List<String> sides(Statement s) {
        return List.of("party:" + s.source().party(), "name:" + Source.folded(s.source().name()));
    }
}
