package org.factline.extract.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Compares predicted labels with gold labels, sentence by sentence, and adds up exact-span scores. */
public final class NerEvaluation {

    private final Map<String, NerScores.Counts> byType = new TreeMap<>();

    /** Scores one sentence: a predicted chunk counts when a gold chunk has the same start, end and type. */
    public void add(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold labels but " + predicted.size() + " predicted");
        }
        List<Chunk> goldChunks = Chunk.of(gold);
        List<Chunk> predictedChunks = Chunk.of(predicted);
        Set<Chunk> expected = new HashSet<>(goldChunks);
        for (Chunk c : goldChunks) {
            count(c.type(), new NerScores.Counts(1, 0, 0));
        }
        for (Chunk c : predictedChunks) {
            count(c.type(), new NerScores.Counts(0, 1, expected.contains(c) ? 1 : 0));
        }
    }

    public void add(NerSentence gold, List<String> predicted) {
        add(gold.labels(), predicted);
    }

    public NerScores scores() {
        NerScores.Counts micro = new NerScores.Counts(0, 0, 0);
        NerScores.Counts perLocOrg = new NerScores.Counts(0, 0, 0);
        for (Map.Entry<String, NerScores.Counts> e : byType.entrySet()) {
            micro = micro.plus(e.getValue());
            if (!e.getKey().equals("MISC")) {
                perLocOrg = perLocOrg.plus(e.getValue());
            }
        }
        return new NerScores(new TreeMap<>(byType), micro, perLocOrg);
    }

    private void count(String type, NerScores.Counts counts) {
        byType.merge(type, counts, NerScores.Counts::plus);
    }
}
