package org.factline.extract.kb;

import java.text.Normalizer;

/**
 * Spelling-insensitive forms of names: accents, ligatures, typographic apostrophes and dashes folded
 * ("Avdiïvka" → "Avdiivka", "d’Ivoire" → "d'Ivoire", "Œ" → "OE"). Case is kept; {@link #lower} drops it too.
 */
final class Folding {

    private Folding() {
    }

    static String fold(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            plain = s.charAt(i) < 0x80;
        }
        if (plain) {
            return s;
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case '’', '‘', 'ʼ', '`', '´', 'ʹ', '′' -> b.append('\'');
                case '‐', '‑', '‒', '–', '—' -> b.append('-');
                case 'œ' -> b.append("oe");
                case 'Œ' -> b.append("OE");
                case 'æ' -> b.append("ae");
                case 'Æ' -> b.append("AE");
                case 'ß' -> b.append("ss");
                case 'ł' -> b.append('l');
                case 'Ł' -> b.append('L');
                case 'ø' -> b.append('o');
                case 'Ø' -> b.append('O');
                case 'đ' -> b.append('d');
                case 'Đ' -> b.append('D');
                case 'ı' -> b.append('i');
                case '\u00A0', '\u202F', '\u2009' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return Normalizer.normalize(b, Normalizer.Form.NFC);
    }

    static String lower(String s) {
        return fold(s).toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the text has letters and none of them is lower case ("KEYSTONE", "US"). */
    static boolean allUpper(String s) {
        boolean letters = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }
}
