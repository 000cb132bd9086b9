package org.factline.app.export;

import java.util.regex.Pattern;

/**
 * The text of a cell of the tabular exports (ACLED CSV, GDELT TSV), made inert for spreadsheets. Names, places and
 * notes come from the articles, which anyone can write: a cell that begins with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return (after spaces or not) is read by Excel, LibreOffice and Google Sheets as a formula
 * ({@code =HYPERLINK(…)}, {@code @SUM(…)}, DDE), so such a cell is written after a single quote, as OWASP advises
 * against CSV injection. Numbers are left as they are ({@code -33.8688}, {@code +3}): a spreadsheet reads them as
 * numbers, not formulas.
 */
final class Cells {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private Cells() {
    }

    /** {@code text}, after a single quote when a spreadsheet would take it for a formula. */
    static String inert(String text) {
        int k = 0;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++; // " =1+1": some spreadsheets trim before they read
        }
        if (k == text.length()) {
            return text;
        }
        char c = text.charAt(k);
        boolean formula = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20'; // full-width forms some read too
        return formula && !NUMBER.matcher(text.substring(k)).matches() ? "'" + text : text;
    }
}
