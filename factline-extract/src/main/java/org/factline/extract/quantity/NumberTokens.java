package org.factline.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factline.extract.quantity.QuantityLexicon.NumberWord;

/**
 * The words, digits and signs of a text for the number reader. Digits that cannot be a number are
 * marked as signs: telephone numbers, clock times, and digits that name ({@link #names}).
 */
final class NumberTokens {

    private static final Pattern TOKEN = Pattern.compile("[0-9]+(?:[.,][0-9]+)*|\\p{L}[\\p{L}\\p{M}]*['’]?|[^\\s\u00a0\u202f\u2009\u2007]");
    /** A run of digit groups that is no number: telephone numbers, clock times. */
    private static final Pattern NOT_A_NUMBER = Pattern.compile(
            "\\+?[0-9]{1,4}(?:[ .\\-\u00a0][0-9]{2,4}){3,}|(?<![0-9,.])0[0-9]+(?:[ .\\-\u00a0][0-9]{2,4})+"
            + "|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?");
    /** The spaces that may separate groups of three digits. */
    static final String GROUP_SPACES = " \u00a0\u202f\u2009";

    enum Type { DIGITS, WORD, OTHER }

    record Tok(int start, int end, String text, Type type) {
    }

    private final QuantityLexicon lexicon;
    private final WrittenForms forms;

    NumberTokens(QuantityLexicon lexicon, WrittenForms forms) {
        this.lexicon = lexicon;
        this.forms = forms;
    }

    List<Tok> tokens(String text) {
        List<Tok> out = new ArrayList<>();
        boolean[] blocked = new boolean[text.length()];
        Matcher nn = NOT_A_NUMBER.matcher(text);
        while (nn.find()) {
            if (!isGroupedNumber(nn.group())) {
                for (int k = nn.start(); k < nn.end(); k++) {
                    blocked[k] = true;
                }
            }
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            char c = t.charAt(0);
            Type type = c >= '0' && c <= '9' ? Type.DIGITS : Character.isLetter(c) ? Type.WORD : Type.OTHER;
            if (type == Type.DIGITS && (blocked[m.start()] || names(text, m.start(), m.end()))) {
                type = Type.OTHER;
            }
            out.add(new Tok(m.start(), m.end(), t, type));
        }
        return out;
    }

    /** "3 000 000": groups of three after the first, a real number and not a telephone number. */
    private static boolean isGroupedNumber(String s) {
        String[] groups = s.split("[ .\u00a0]");
        if (groups.length < 2 || groups[0].length() > 3 || groups[0].startsWith("+")) {
            return false;
        }
        for (int k = 1; k < groups.length; k++) {
            if (groups[k].length() != 3) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether digits at [start, end) are part of a name or code rather than a number: glued to letters
     * before ("A320", "G7", "COVID-19"), to letters after that are no unit or multiplier ("1er", "21st",
     * "3e"), or to other digits by a dash, slash or colon ("2-1", "24/7", "10:30"), or after "#" or "n°".
     */
    private boolean names(String text, int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        if (Character.isLetterOrDigit(before) || before == '#' || before == '°' || before == 'º' || before == '№'
                || before == '/' || before == '_' || before == '@' || before == '+') {
            return true;
        }
        if ((before == '-' || before == '‑') && start > 1 && Character.isLetterOrDigit(text.charAt(start - 2))) {
            return true;
        }
        if ((after == '-' || after == '–' || after == '/' || after == ':' || after == '‑')
                && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1))) {
            return true;
        }
        if (after == '_' || after == '@') {
            return true;
        }
        if (Character.isLetter(after)) {
            int e = end;
            while (e < text.length() && Character.isLetter(text.charAt(e))) {
                e++;
            }
            String letters = text.substring(end, e);
            NumberWord suffix = lexicon.suffix(letters);
            if (suffix != null) {
                return suffix.money() && !forms.currencyAround(text, start, e);
            }
            return forms.unitAfter(text, end) == null; // "15km" counts; "1er", "21st", "4G" name
        }
        return false;
    }
}
