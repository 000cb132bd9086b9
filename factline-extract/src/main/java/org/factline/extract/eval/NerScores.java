package org.factline.extract.eval;

import java.util.SortedMap;

/**
 * Exact-span NER scores, as conlleval computes them: per type, micro-averaged over all types, and
 * micro-averaged over PER, LOC and ORG only (data sets disagree on what MISC is, and UNER has none).
 */
public record NerScores(SortedMap<String, Counts> byType, Counts micro, Counts microPerLocOrg) {

    /** Chunks found in the gold data, predicted, and predicted with the gold span and type. */
    public record Counts(int gold, int predicted, int correct) {

        public Counts plus(Counts other) {
            return new Counts(gold + other.gold, predicted + other.predicted, correct + other.correct);
        }

        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}
