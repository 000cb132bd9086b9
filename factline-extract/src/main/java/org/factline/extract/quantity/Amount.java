package org.factline.extract.quantity;

import org.factline.model.Quantity.Qualifier;
import org.factline.model.Span;

/**
 * An amount as the text writes it, read without any parse: the number with its multiplier, qualifier
 * and unit ("plus de 8 millions", "NZ$26 million", "105 km/h environ", "une vingtaine").
 *
 * @param span      the amount's words with qualifier and unit
 * @param number    the number's own words ("8 millions", "26 million", "une vingtaine", "des centaines")
 * @param value     the number (a percentage as its number of percent), or null for an order of magnitude
 * @param low       the smallest amount the words allow, or null when they do not bound it below
 * @param high      the largest amount the words allow, or null when they do not bound it above
 * @param qualifier how the value bounds the amount
 * @param approx    whether the amount is approximate
 * @param unit      the measure or currency written with the number ("percent", "km/h", "EUR"), the noun of a
 *                  compound ("page" in "131-page"), or null
 * @param form      how the number is written
 */
public record Amount(Span span, Span number, Double value, Double low, Double high, Qualifier qualifier,
                     boolean approx, String unit, Form form) {

    /** How a number is written. */
    public enum Form {
        /** In digits, possibly with a multiplier: "3 000", "2,7 milliards", "1.2bn". */
        DIGITS,
        /** In words: "deux", "quatre-vingt-dix-neuf", "three hundred thousand", "a million". */
        WORDS,
        /** An approximate numeral: "une vingtaine", "un millier", "a dozen". */
        APPROXIMATE,
        /** An order of magnitude without a value: "des centaines", "tens of thousands". */
        MAGNITUDE,
        /** A share of a whole, as a percentage: "un quart", "two-thirds". */
        FRACTION,
        /** A number joined to a noun by a hyphen: "131-page", "six-member", "18-fold". */
        COMPOUND,
        /** Two numbers bounding an amount, without a value: "ten to 32 pages", "entre 10 et 15". */
        RANGE
    }

    /** The text of the amount. */
    public String text(String text) {
        return span.of(text);
    }
}
