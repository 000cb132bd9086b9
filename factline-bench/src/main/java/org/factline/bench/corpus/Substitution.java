package org.factline.bench.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factline.bench.corpus.TextEdits.Edit;
import org.factline.model.Span;

/**
 * Words replaced wherever they stand as whole words, the longest first ("Valéri Guérassimov" before "Guérassimov"),
 * case kept as given: the renaming of one article, applied to its text and to every string that is not tied to a
 * span of it (canonical names, aliases, the title).
 */
final class Substitution {

    private final List<Map.Entry<String, String>> pairs;

    /** @param pairs old words to new ones; for the same old words, the first pair given wins */
    Substitution(Map<String, String> pairs) {
        List<Map.Entry<String, String>> sorted = new ArrayList<>();
        pairs.forEach((from, to) -> {
            if (!from.equals(to) && !from.isBlank()) {
                sorted.add(Map.entry(from, to));
            }
        });
        sorted.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()));
        this.pairs = List.copyOf(sorted);
    }

    static Substitution none() {
        return new Substitution(new LinkedHashMap<>());
    }

    /** A substitution that makes these replacements too, after this one's. */
    Substitution and(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>();
        pairs.forEach(p -> all.put(p.getKey(), p.getValue()));
        more.forEach(all::putIfAbsent);
        return new Substitution(all);
    }

    /** Proposes an edit for every whole-word occurrence of old words in {@code text}. */
    void offerTo(String text, TextEdits.Plan plan) {
        for (Map.Entry<String, String> p : pairs) {
            String from = p.getKey();
            for (int at = DateWords.wordAt(text, from, 0); at >= 0; at = DateWords.wordAt(text, from, at + from.length())) {
                plan.offer(new Edit(new Span(at, at + from.length()), p.getValue()));
            }
        }
    }

    /** The string with every replacement made; null for null. */
    String apply(String s) {
        if (s == null || pairs.isEmpty()) {
            return s;
        }
        TextEdits.Plan plan = new TextEdits.Plan();
        offerTo(s, plan);
        return plan.applyTo(s).text();
    }
}
