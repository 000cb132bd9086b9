package org.factline.time;

import java.math.BigDecimal;

/**
 * Reads a number written in digits or in words from the lexicon's {@code number} category: "3", "1,5",
 * "trois", "vingt-quatre", "quatre-vingt-dix", "twenty-one", "one hundred". Vague quantities the lexicon
 * gives as {@code X} ("plusieurs", "a few") read as X.
 */
final class NumberWords {

    private NumberWords() {
    }

    /** The pattern of a number in digits or words of this lexicon. */
    static String pattern(TimeLexicon lexicon) {
        String word = "(?:" + lexicon.alternation("number") + ")";
        return "(?:\\d+(?:[.,]\\d+)?|" + word + "(?:(?:-|" + TimeGrammar.SPACE + ")(?:(?:et|and)(?:-|" + TimeGrammar.SPACE + "))?"
                + word + ")*)";
    }

    /** The value: an integer or decimal as text ("3", "1.5"), "X" for a vague quantity, or null. */
    static String parse(String words, TimeLexicon lexicon) {
        String w = words.strip();
        if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
            try {
                // "60,000", "1,200": a comma before groups of three digits separates thousands; else it is decimal
                BigDecimal n = new BigDecimal(w.matches("\\d{1,3}(?:,\\d{3})+") ? w.replace(",", "") : w.replace(',', '.'));
                return n.stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return null;
            }
        }
        String whole = lexicon.value("number", w);
        if (whole != null) {
            return whole;
        }
        long total = 0;
        long current = 0;
        long last = 0;
        for (String part : w.split("[-\\s\u00a0\u202f]+")) {
            if (part.equals("et")) {
                continue;
            }
            if (part.equals("and")) {
                if (current % 100 != 0) {
                    return null; // "one hundred and fifty", but "two and three" are two numbers
                }
                continue;
            }
            String v = lexicon.value("number", part);
            if (v == null || v.equals("X")) {
                return v == null ? null : "X";
            }
            long n;
            try {
                n = Long.parseLong(v);
            } catch (NumberFormatException e) {
                return null;
            }
            if (n == 1000) {
                total += Math.max(current, 1) * 1000;
                current = 0;
                last = n;
            } else if (n == 100) {
                current = Math.max(current, 1) * 100;
                last = n;
            } else if (n == 20 && current > 0 && current < 10) {
                current *= 20; // quatre-vingt(s)
                last = current;
            } else {
                // a unit after a ten ("twenty-one", "dix-sept"), a teen after soixante or quatre-vingt, anything after
                // a hundred or a thousand; "two three-year terms" are two numbers, not five
                if (last != 0 && last < 100 && !(last % 10 == 0 && n < 10) && !((last == 60 || last == 80) && n < 20)) {
                    return null;
                }
                current += n;
                last = n;
            }
        }
        return Long.toString(total + current);
    }
}
