package org.factline.extract.quantity;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Digits with separators read by a language's decimal mark: "3,000" is 3000 in English and 3 in French;
 * "3.000" is 3000 in French; "1 234,5" with the groups already joined. Codes ("007") and numbers too long
 * to be figures give null.
 */
final class DigitGroups {

    /** Above this many digits a number is not a figure but a code, or garbage. */
    static final int MAX_DIGITS = 15;

    private DigitGroups() {
    }

    /**
     * The value of digits with separators, by the language's decimal mark: "3,000" is 3000 in English and
     * 3 in French ("3,000 km" is written "3 000 km" there); "3.000" is 3000 in French; both marks
     * together take the last one as the decimal mark. Null when the separators make no number ("1.2.3").
     */
    static BigDecimal parse(String s, char decimalMark) {
        int digitCount = 0;
        for (int k = 0; k < s.length(); k++) {
            if (Character.isDigit(s.charAt(k))) {
                digitCount++;
            }
        }
        if (digitCount > MAX_DIGITS || s.isEmpty()) {
            return null;
        }
        if (s.length() > 1 && s.charAt(0) == '0' && Character.isDigit(s.charAt(1))) {
            return null; // "007", "0800": a code
        }
        int commas = count(s, ',');
        int dots = count(s, '.');
        String plain;
        if (commas == 0 && dots == 0) {
            plain = s;
        } else if (commas > 0 && dots > 0) {
            char decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
            char group = decimal == ',' ? '.' : ',';
            if (count(s, decimal) != 1 || s.lastIndexOf(group) > s.indexOf(decimal)) {
                return null;
            }
            String whole = s.substring(0, s.indexOf(decimal));
            if (!groupedByThree(whole, group)) {
                return null;
            }
            plain = whole.replace(String.valueOf(group), "") + "." + s.substring(s.indexOf(decimal) + 1);
        } else {
            char mark = commas > 0 ? ',' : '.';
            int marks = Math.max(commas, dots);
            if (marks > 1) {
                if (!groupedByThree(s, mark)) {
                    return null;
                }
                plain = s.replace(String.valueOf(mark), "");
            } else {
                int after = s.length() - s.indexOf(mark) - 1;
                boolean grouping = mark != decimalMark && after == 3 && s.indexOf(mark) <= 3 && !s.startsWith("0");
                plain = grouping ? s.replace(String.valueOf(mark), "") : s.replace(mark, '.');
            }
        }
        return new BigDecimal(plain);
    }

    private static boolean groupedByThree(String s, char mark) {
        String[] parts = s.split(Pattern.quote(String.valueOf(mark)), -1);
        if (parts[0].isEmpty() || parts[0].length() > 3) {
            return false;
        }
        for (int k = 1; k < parts.length; k++) {
            if (parts[k].length() != 3) {
                return false;
            }
        }
        return true;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) == c) {
                n++;
            }
        }
        return n;
    }
}
