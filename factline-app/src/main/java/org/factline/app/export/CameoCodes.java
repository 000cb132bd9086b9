package org.factline.app.export;

import java.util.HashMap;
import java.util.Map;

/**
 * The CAMEO event codes with their Goldstein scale ({@code export/cameo-codes.tsv}, GDELT's table), and the
 * QuadClass their root code falls in.
 */
final class CameoCodes {

    private static final CameoCodes STANDARD = new CameoCodes();

    private final Map<String, Double> goldstein = new HashMap<>();

    private CameoCodes() {
        for (DataFile.Row row : DataFile.read("cameo-codes.tsv")) {
            if (row.field(0).isEmpty()) {
                continue; // the table's header row
            }
            goldstein.put(row.field(0), Double.valueOf(row.field(2)));
        }
    }

    static CameoCodes standard() {
        return STANDARD;
    }

    boolean has(String code) {
        return goldstein.containsKey(code);
    }

    /** The Goldstein scale of a code, from -10 (most destabilising) to +10. */
    double goldstein(String code) {
        Double g = goldstein.get(code);
        if (g == null) {
            throw new IllegalArgumentException("no CAMEO code " + code + " in export/cameo-codes.tsv");
        }
        return g;
    }

    /** The two-digit root ("19" of "195"). */
    static String root(String code) {
        return code.substring(0, 2);
    }

    /** The three-digit base of a four-digit code ("087" of "0874"), else the code itself. */
    static String base(String code) {
        return code.length() > 3 ? code.substring(0, 3) : code;
    }

    /**
     * GDELT's QuadClass of a code: 1 verbal cooperation (roots 01-05), 2 material cooperation (06-08), 3 verbal
     * conflict (09-13), 4 material conflict (14-20).
     */
    static int quadClass(String code) {
        int root = Integer.parseInt(root(code));
        return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    }
}
