package org.factline.app;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factline.model.Analysis;
import org.factline.model.Entity;
import org.factline.model.Mention;

/** The entities of a set of articles, most mentioned first, with the spellings the articles use. */
final class EntitySummary {

    private static final int SHOWN = 25;

    private record Tally(Entity entity, int mentions, int articles) {
    }

    private final Map<String, Tally> tallies = new LinkedHashMap<>();

    void add(Analysis analysis) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Mention m : analysis.mentions()) {
            counts.merge(m.entityId(), 1L, Long::sum);
        }
        for (Entity e : analysis.entities()) {
            int n = counts.getOrDefault(e.id(), 0L).intValue();
            tallies.merge(e.id(), new Tally(e, n, 1), (a, b) -> new Tally(a.entity(), a.mentions() + b.mentions(), a.articles() + 1));
        }
    }

    void print(PrintWriter out) {
        tallies.values().stream()
                .sorted(Comparator.comparingInt(Tally::mentions).reversed())
                .limit(SHOWN)
                .forEach(t -> out.printf("  %-26s %-6s %3d  %d  %s%n", clip(t.entity().name(), 26), t.entity().type(),
                        t.mentions(), t.articles(), clip(String.join(", ", t.entity().aliases()), 70)));
        if (tallies.size() > SHOWN) {
            out.printf("  … and %d more (factline extract PATH --format jsonl lists them all)%n", tallies.size() - SHOWN);
        }
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
