package org.factline.knowledge.corpus;

/**
 * Names of people and places written in several transliterations: French news writes "ou" and "kh" where
 * English writes "u" and "h" ("Toktogoulov" / "Toktogulov", "Nourlan" / "Nurlan"), with diaereses ("Aït",
 * "Rakhmatoulloïev"). Two spellings are the same name when, with those conventions undone, they have the
 * same consonants in the same order and are one letter apart (two in names of twelve letters or more).
 */
final class Names {

    private Names() {
    }

    /** Folded (no accents, lower case) with French transliteration conventions undone. */
    static String romanised(String name) {
        String f = Source.fold(name);
        return f.replace("ou", "u").replace("kh", "h").replace("dj", "j").replace("tch", "ch").replace("ch", "sh")
                .replace("shsh", "sh");
    }

    static boolean sameTransliterated(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() < 5 || b.length() < 5 || !consonants(a).equals(consonants(b)) || !sameEndings(a, b)) {
            return false;
        }
        // one letter apart, two in long names ("Rakhmatoulloïev" / "Rahmatulloev")
        return distance(a, b) <= (Math.min(a.length(), b.length()) >= 12 ? 2 : 1);
    }

    /** The same words ending alike: "Petrov" and "Petrova" are two people, not two spellings. */
    private static boolean sameEndings(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        if (x.length != y.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i].isEmpty() || y[i].isEmpty() || x[i].charAt(x[i].length() - 1) != y[i].charAt(y[i].length() - 1)) {
                return false;
            }
        }
        return true;
    }

    /** The consonants of a romanised name, in order: two spellings of one name have the same. */
    static String consonants(String s) {
        return s.replaceAll("[aeiouy\\s-]", "");
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
