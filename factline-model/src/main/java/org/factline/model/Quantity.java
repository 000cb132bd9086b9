package org.factline.model;

/**
 * A figure the text gives: how many of what, how exactly, and on whose word.
 *
 * @param span       the words of the amount with its qualifier ("aux alentours de 1 100", "at least 76")
 * @param text       those words
 * @param value      the number ({@code 3000}, {@code 15.2}; a percentage as its number of percent), or null
 *                   when the text gives only an order of magnitude ("plusieurs milliers", "dozens")
 * @param low        the smallest amount the words allow, or null when unbounded below
 * @param high       the largest amount the words allow, or null when unbounded above
 * @param qualifier  how the value bounds the amount ("plus de" → {@link Qualifier#MORE_THAN})
 * @param approx     whether the amount is approximate ("environ", "une vingtaine", "some 12,000", any
 *                   order of magnitude)
 * @param unit       what one unit is: {@code persons} for people, a measure ({@code km}, {@code km2},
 *                   {@code km/h}, {@code percent}), a currency code ({@code EUR}, {@code USD}), else the
 *                   counted noun's lemma in English when known, or as written ("shells", "banques")
 * @param what       the counted thing with its modifiers as the text has them ("soldats nord-coréens
 *                   tués ou blessés", "Russian soldiers pinned down"), or null when the text does not say
 * @param whatSpan   where {@code what} is, or null
 * @param source     who gives the figure (the speaker of the enclosing claim, or the subject of a verb of
 *                   estimating: "que Séoul chiffre à …"), or null when the outlet states it
 * @param claim      index in {@link Analysis#claims()} of the claim that contains the figure, or -1
 * @param event      index in {@link Analysis#events()} of the event the figure measures, or -1
 * @param evidence   the sentence that carries it
 * @param confidence how sure the extractor is, from 0 to 1
 */
public record Quantity(Span span, String text, Double value, Double low, Double high, Qualifier qualifier,
                       boolean approx, String unit, String what, Span whatSpan, Claim.Speaker source, int claim,
                       int event, Span evidence, double confidence) {

    /** How the stated value bounds the amount. */
    public enum Qualifier {
        EXACTLY, ABOUT, MORE_THAN, LESS_THAN, AT_LEAST, AT_MOST;

        /** The contract's name: {@code more_than}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The same figure attached to an event. */
    public Quantity withEvent(int eventIndex) {
        return new Quantity(span, text, value, low, high, qualifier, approx, unit, what, whatSpan, source, claim,
                eventIndex, evidence, confidence);
    }
}
