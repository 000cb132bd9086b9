package org.factline.extract.kb;

import java.util.ArrayList;
import java.util.List;

/**
 * Words of a text for gazetteer matching, with their offsets: runs of letters and digits. Hyphens,
 * apostrophes and spaces separate words, so "Kim Jong-un" and "Kim Jong Un" give the same words and
 * "d'Ukraine" contains "Ukraine". A word remembers whether the gap before it may lie inside a name
 * (spaces, hyphens, apostrophes, the period of "St." or "U.S.") or ends one (other punctuation).
 *
 * @param start  offset of each word's first char
 * @param end    offset after each word's last char
 * @param folded each word with accents folded, case kept
 * @param joins  whether the gap before each word may lie inside a name
 */
record WordTokens(int[] start, int[] end, String[] folded, boolean[] joins) {

    int size() {
        return start.length;
    }

    static WordTokens of(String text) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int s = i;
            while (i < n && isWordChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            spans.add(new int[] {s, i});
        }
        int[] start = new int[spans.size()];
        int[] end = new int[spans.size()];
        String[] folded = new String[spans.size()];
        boolean[] joins = new boolean[spans.size()];
        for (int k = 0; k < spans.size(); k++) {
            start[k] = spans.get(k)[0];
            end[k] = spans.get(k)[1];
            folded[k] = Folding.fold(text.substring(start[k], end[k]));
            joins[k] = k > 0 && gapJoins(text, end[k - 1], start[k], end[k - 1] - start[k - 1]);
        }
        return new WordTokens(start, end, folded, joins);
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static boolean gapJoins(String text, int from, int to, int previousLength) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean ok = Character.isWhitespace(c) || c == '-' || c == '\'' || c == '’' || c == '‐' || c == '‑'
                    || c == 'ʼ' || c == '‘' || (c == '.' && previousLength <= 2);
            if (!ok) {
                return false;
            }
        }
        return to - from <= 3;
    }
}
