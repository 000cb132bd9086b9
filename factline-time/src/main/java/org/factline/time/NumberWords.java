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
        return "(?:\\d+(?:[.,]\\d+)?|" + word + "(?:(?:-|" + TimeGrammar.SPACE + ")(?:et(?:-|" + TimeGrammar.SPACE + "))?"
                + word + ")*)";
    }

    /** The value: an integer or decimal as text ("3", "1.5"), "X" for a vague quantity, or null. */
    static String parse(String words, TimeLexicon lexicon) {
        String w = words.strip();
        if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
            try {
                BigDecimal n = new BigDecimal(w.replace(',', '.'));
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
        for (String part : w.split("[-\\s\u00a0\u202f]+")) {
            if (part.equals("et") || part.equals("and")) {
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
            } else if (n == 100) {
                current = Math.max(current, 1) * 100;
            } else if (n == 20 && current > 0 && current < 10) {
                current *= 20; // quatre-vingt(s)
            } else {
                current += n;
            }
        }
        return Long.toString(total + current);
    }
}
