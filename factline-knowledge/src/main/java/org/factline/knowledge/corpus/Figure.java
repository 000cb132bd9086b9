package org.factline.knowledge.corpus;

import java.util.Set;

import org.factline.model.Quantity;

/**
 * A figure as the corpus compares it: what it measures (the type of the event it counts, else its unit),
 * whose it is about (the entities in what it counts and the actors of its event), the range its words
 * allow, and who gives it.
 *
 * @param statement who gives it, where and when
 * @param quantity  the figure as read
 * @param measure   what it measures: an event type ("CASUALTIES") or "unit:" and the unit
 * @param unit      the unit class: "persons" for people counted by an event, else the unit
 * @param subjects  entity keys of what it counts ("soldats nord-coréens" → North Korea)
 * @param event     the corpus event it counts, or null
 * @param low       the least the words allow
 * @param high      the most the words allow (infinite for "more than")
 */
public record Figure(Statement statement, Quantity quantity, String measure, String unit, Set<String> subjects,
                     CorpusEvent event, double low, double high) {

    /**
     * The range a figure's words allow. A bare figure is taken to within 3% (counts are rounded), "about"
     * to within 20%, "more than" and "at least" have no upper bound, "less than" and "at most" no lower one.
     */
    static double[] range(Quantity q) {
        double v = q.value();
        double low = q.low() != null ? q.low() : v;
        double high = q.high() != null ? q.high() : v;
        Quantity.Qualifier k = q.qualifier() == null ? Quantity.Qualifier.EXACTLY : q.qualifier();
        return switch (k) {
            case EXACTLY -> new double[] {Math.min(low, v * 0.97), Math.max(high, v * 1.03)};
            case ABOUT -> new double[] {Math.min(low, v * 0.8), Math.max(high, v * 1.2)};
            case MORE_THAN, AT_LEAST -> new double[] {v, Double.POSITIVE_INFINITY};
            case LESS_THAN, AT_MOST -> new double[] {0, v};
        };
    }

    /** Whether two figures' ranges leave no value both allow. */
    boolean disagrees(Figure o) {
        return high < o.low || o.high < low;
    }

    /** "3 000 soldats nord-coréens tués ou blessés". */
    static String describe(Quantity quantity) {
        String what = quantity.what();
        return what == null || quantity.text().contains(what) ? quantity.text() : quantity.text() + " " + what;
    }
}
