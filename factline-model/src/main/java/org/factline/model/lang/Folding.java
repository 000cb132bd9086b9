package org.factline.model.lang;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Lower-cases and strips accents one character at a time, so that offsets in the folded text are
 * offsets in the original ("Février" → "fevrier", same length).
 */
public final class Folding {

    private Folding() {
    }

    public static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out.append(Character.toLowerCase(c));
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = d.isEmpty() ? c : d.charAt(0);
            if (c == '’' || c == 'ʼ' || c == '‘') {
                base = '\'';
            }
            out.append(String.valueOf(base).toLowerCase(Locale.ROOT).charAt(0));
        }
        return out.toString();
    }
}
