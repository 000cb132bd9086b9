package org.factline.knowledge.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * A corpus's figures filed by what makes two of them comparable ({@code Contradictions.comparable}): the same
 * measure and unit, and the same corpus event, the same article or a subject in common. Comparing each figure with
 * those filed beside it, rather than with every other figure, finds the same pairs.
 */
final class FigureBlocks {

    private final List<Figure> figures;
    private final Map<String, List<Integer>> blocks = new HashMap<>();
    /** For each figure, the keys of its blocks. */
    private final List<List<String>> keys = new ArrayList<>();

    FigureBlocks(List<Figure> figures) {
        this.figures = figures;
        for (int i = 0; i < figures.size(); i++) {
            List<String> mine = keysOf(figures.get(i));
            keys.add(mine);
            for (String k : mine) {
                blocks.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
    }

    private static List<String> keysOf(Figure f) {
        String measure = f.measure() + "|" + f.unit() + "|";
        List<String> out = new ArrayList<>();
        if (f.event() != null) {
            out.add(measure + "event|" + f.event().id());
        }
        out.add(measure + "article|" + f.statement().articleId());
        for (String subject : f.subjects()) {
            out.add(measure + "subject|" + subject);
        }
        return out;
    }

    int size() {
        return figures.size();
    }

    Figure get(int i) {
        return figures.get(i);
    }

    /** Whether a figure filed beside figure {@code i} (it may be {@code i} itself) passes {@code test}. */
    boolean anySharing(int i, IntPredicate test) {
        for (String k : keys.get(i)) {
            for (int j : blocks.get(k)) {
                if (test.test(j)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The figures after {@code i} filed beside it, in order. */
    int[] sharingAfter(int i) {
        int[] out = keys.get(i).stream().flatMap(k -> blocks.get(k).stream()).mapToInt(Integer::intValue)
                .filter(j -> j > i).toArray();
        Arrays.sort(out);
        return Arrays.stream(out).distinct().toArray();
    }
}
