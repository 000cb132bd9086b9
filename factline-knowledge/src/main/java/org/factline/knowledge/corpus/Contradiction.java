package org.factline.knowledge.corpus;

import java.util.Locale;

/**
 * Two statements that cannot both hold, or a story that changed: the sides are in time order
 * ({@code a} no later than {@code b}).
 *
 * @param topic what they disagree about, in a few words
 * @param kind  the kind of disagreement
 * @param a     the earlier side
 * @param b     the later side
 * @param why   the reason, for a reader: "3000 against about 1100: beyond the vagueness of both"
 */
public record Contradiction(String topic, Kind kind, Statement a, Statement b, String why) {

    public enum Kind {
        /** Two parties give figures for the same thing that differ beyond their stated vagueness. */
        QUANTITY,
        /** One party asserts an event, another denies it. */
        EXISTENCE,
        /** The record changes over time: withdrawn, then fighting again. Both may have been true when said. */
        STATUS_CHANGE,
        /** One party denies, then confirms (or the reverse). */
        DENIAL_VS_CONFIRMATION;

        private final String label = name().toLowerCase(Locale.ROOT).replace('_', '-');

        /** The contract's name: {@code status-change}. */
        public String label() {
            return label;
        }
    }
}
