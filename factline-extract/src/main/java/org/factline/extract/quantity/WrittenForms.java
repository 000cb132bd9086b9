package org.factline.extract.quantity;

import java.util.List;

import org.factline.extract.quantity.QuantityLexicon.Place;
import org.factline.extract.quantity.QuantityLexicon.QualifierWord;
import org.factline.extract.quantity.QuantityLexicon.UnitWord;

/**
 * The lexicon's qualifiers and units as written around a number: a form ends right before the number
 * or starts right after it, one space of any width between or none, as a whole word, in any case
 * except for abbreviations of two letters or fewer ("M" is not "m").
 */
final class WrittenForms {

    private final QuantityLexicon lexicon;

    WrittenForms(QuantityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** {start of the unit, index of the unit form} for the longest unit written right before {@code at}, or null. */
    int[] unitBefore(String text, int at) {
        List<UnitWord> units = lexicon.units();
        for (int k = 0; k < units.size(); k++) {
            UnitWord u = units.get(k);
            if (u.place() == Place.BEFORE) {
                int start = endsAt(text, at, u.form());
                if (start >= 0) {
                    return new int[] {start, k};
                }
            }
        }
        return null;
    }

    /** Whether a currency is written right before {@code start} or right after {@code end}. */
    boolean currencyAround(String text, int start, int end) {
        for (UnitWord u : lexicon.units()) {
            if (!isCurrency(u.unit())) {
                continue;
            }
            if (u.place() == Place.BEFORE && endsAt(text, start, u.form()) >= 0) {
                return true;
            }
            if (u.place() == Place.AFTER && startsAt(text, end, u.form(), true) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCurrency(String unit) {
        return unit.length() == 3 && unit.chars().allMatch(Character::isUpperCase);
    }

    /** {end of the unit, index of the unit form} for the longest unit written at {@code from}, or null. */
    int[] unitAfter(String text, int from) {
        List<UnitWord> units = lexicon.units();
        for (int k = 0; k < units.size(); k++) {
            UnitWord u = units.get(k);
            if (u.place() != Place.AFTER) {
                continue;
            }
            int end = startsAt(text, from, u.form(), true);
            if (end >= 0) {
                return new int[] {end, k};
            }
        }
        return null;
    }

    QualifierWord qualifierBefore(String text, int start) {
        for (QualifierWord q : lexicon.qualifiers()) {
            if (q.place() == Place.BEFORE && endsAt(text, start, q.form()) >= 0) {
                return q;
            }
        }
        return null;
    }

    QualifierWord qualifierAfter(String text, int end) {
        for (QualifierWord q : lexicon.qualifiers()) {
            if (q.place() == Place.AFTER && startsAt(text, end, q.form(), false) >= 0) {
                return q;
            }
        }
        return null;
    }

    /**
     * Where {@code form} starts when it ends right before {@code at} (one space of any kind between, or
     * none), as a whole word; -1 otherwise.
     */
    static int endsAt(String text, int at, String form) {
        int e = at;
        if (e > 0 && isSpace(text.charAt(e - 1))) {
            e--;
        }
        int s = e - form.length();
        if (s < 0 || !same(text, s, form)) {
            return -1;
        }
        boolean wordEnd = Character.isLetterOrDigit(form.charAt(form.length() - 1));
        if (e == at && wordEnd && at < text.length() && Character.isLetterOrDigit(text.charAt(at))) {
            return -1; // "plus3": no word glued to the number, but a symbol may be ("$26", "d'un")
        }
        if (s > 0 && Character.isLetterOrDigit(form.charAt(0)) && Character.isLetterOrDigit(text.charAt(s - 1))) {
            return -1;
        }
        return s;
    }

    /**
     * Where {@code form} ends when it starts right after {@code at} (one space between, or none when
     * {@code glued} allows it), as a whole word; -1 otherwise.
     */
    static int startsAt(String text, int at, String form, boolean glued) {
        int s = at;
        if (s < text.length() && isSpace(text.charAt(s))) {
            s++;
        } else if (!glued && Character.isLetterOrDigit(form.charAt(0))) {
            return -1;
        }
        int e = s + form.length();
        if (e > text.length() || !same(text, s, form)) {
            return -1;
        }
        if (Character.isLetterOrDigit(form.charAt(form.length() - 1)) && e < text.length()
                && Character.isLetterOrDigit(text.charAt(e))) {
            return -1;
        }
        return e;
    }

    /** Whether {@code form} is written at {@code at}: ignoring case unless it is an abbreviation of two letters or fewer, ’ as '. */
    private static boolean same(String text, int at, String form) {
        boolean ignoreCase = form.length() > 2;
        for (int k = 0; k < form.length(); k++) {
            char a = text.charAt(at + k);
            char b = form.charAt(k);
            if (a == '’') {
                a = '\'';
            }
            if (b == '’') {
                b = '\'';
            }
            if (a != b && !(ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f' || c == '\u2007';
    }
}
