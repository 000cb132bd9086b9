package org.factline.knowledge.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The disagreements {@link Contradictions} has found so far, one per key in the order the keys were first found,
 * and the question it asks before adding one from a claim thread: does one found already set these sides against
 * each other in one of these articles, or one of these statements against the other's side ({@link #settles})?
 *
 * <p>The question is answered from an index rather than by looking at every disagreement found: two sources are
 * on one side when they have the same party or the same folded name ({@link Source#sameSide}), so each disagreement
 * is filed under the articles of its sides with each party and name of the sides, and only those filed under what
 * the new one has are tested. A key whose disagreement is replaced stays filed under the old one's too; the test is
 * always made on the disagreement the key now holds.
 */
final class FoundDisagreements {

    private final Map<String, Contradiction> byKey = new LinkedHashMap<>();
    private final Map<String, Set<String>> filed = new HashMap<>();

    Contradiction get(String key) {
        return byKey.get(key);
    }

    /** Keeps {@code c} under {@code key}, in place of what the key held. */
    void put(String key, Contradiction c) {
        byKey.put(key, c);
        String kind = c.kind().name();
        for (String a : sides(c.a())) {
            for (String b : sides(c.b())) {
                file("same|" + kind + "|a|" + c.a().articleId() + "|" + a + "|" + b, key);
                file("same|" + kind + "|b|" + c.b().articleId() + "|" + a + "|" + b, key);
            }
            file("opposed|b|" + c.b().articleId() + "|" + a, key);
        }
        for (String b : sides(c.b())) {
            file("opposed|a|" + c.a().articleId() + "|" + b, key);
        }
    }

    List<Contradiction> values() {
        return new ArrayList<>(byKey.values());
    }

    /**
     * Whether a disagreement found already has the kind and the sides of {@code c} with one of its articles, or sets
     * one of its statements against the other's side.
     */
    boolean settles(Contradiction c) {
        String kind = c.kind().name();
        Set<String> keys = new HashSet<>();
        for (String a : sides(c.a())) {
            for (String b : sides(c.b())) {
                collect("same|" + kind + "|a|" + c.a().articleId() + "|" + a + "|" + b, keys);
                collect("same|" + kind + "|a|" + c.a().articleId() + "|" + b + "|" + a, keys);
                collect("same|" + kind + "|b|" + c.b().articleId() + "|" + a + "|" + b, keys);
                collect("same|" + kind + "|b|" + c.b().articleId() + "|" + b + "|" + a, keys);
            }
        }
        for (String b : sides(c.b())) {
            collect("opposed|a|" + c.a().articleId() + "|" + b, keys);
            collect("opposed|b|" + c.a().articleId() + "|" + b, keys);
        }
        for (String a : sides(c.a())) {
            collect("opposed|a|" + c.b().articleId() + "|" + a, keys);
            collect("opposed|b|" + c.b().articleId() + "|" + a, keys);
        }
        for (String key : keys) {
            Contradiction o = byKey.get(key);
            if (o.kind() == c.kind()
                    && (o.a().source().sameSide(c.a().source()) && o.b().source().sameSide(c.b().source())
                    || o.a().source().sameSide(c.b().source()) && o.b().source().sameSide(c.a().source()))
                    && (o.a().articleId().equals(c.a().articleId()) || o.b().articleId().equals(c.b().articleId()))
                    || opposes(o, c.a(), c.b()) || opposes(o, c.b(), c.a())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a disagreement already sets this statement against the other's party. */
    private static boolean opposes(Contradiction o, Statement statement, Statement other) {
        return o.a().overlaps(statement) && o.b().source().sameSide(other.source())
                || o.b().overlaps(statement) && o.a().source().sameSide(other.source());
    }

    /** What puts a source on a side: its party and its folded name, either one shared is enough. */
    private static List<String> sides(Statement s) {
        return List.of("party:" + s.source().party(), "name:" + Source.folded(s.source().name()));
    }

    private void file(String where, String key) {
        filed.computeIfAbsent(where, k -> new HashSet<>()).add(key);
    }

    private void collect(String where, Set<String> keys) {
        Set<String> there = filed.get(where);
        if (there != null) {
            keys.addAll(there);
        }
    }
}
