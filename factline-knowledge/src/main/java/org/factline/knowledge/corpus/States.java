package org.factline.knowledge.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * States of things that the news reports changing, from {@code corpus/states.tsv}: which state a sentence
 * puts a thing in ("la route était fermée" → closed, "the road reopened" → open), and which things it names
 * (roads, checkpoints, concessions …), in French and English.
 */
final class States {

    record State(String name, String opposite, boolean reversal, List<Word> words) {
    }

    private static final States STANDARD = load();

    private final List<State> states;
    private final Map<String, List<Word>> things;

    private States(List<State> states, Map<String, List<Word>> things) {
        this.states = states;
        this.things = things;
    }

    static States standard() {
        return STANDARD;
    }

    /** The state a sentence puts a thing in, or null; a reversal wins over its opposite ("suspension levée"). */
    String stateOf(String sentence) {
        String s = lower(sentence);
        State found = null;
        for (State st : states) {
            if (st.words().stream().anyMatch(w -> w.in(s)) && (found == null || st.reversal() && !found.reversal())) {
                found = st;
            }
        }
        return found == null ? null : found.name();
    }

    boolean opposite(String a, String b) {
        return states.stream().anyMatch(st -> st.name().equals(a) && st.opposite().equals(b));
    }

    /** The classes of things a sentence names. */
    Set<String> thingsIn(String sentence) {
        String s = lower(sentence);
        Set<String> out = new LinkedHashSet<>();
        things.forEach((k, words) -> {
            if (words.stream().anyMatch(w -> w.in(s))) {
                out.add(k);
            }
        });
        return out;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static Word word(String w) {
        return new Word(w.replace('_', ' '));
    }

    /**
     * A word or words of the list, found in a lower-cased sentence where no letter or digit touches it on either
     * side. Looked for with {@link String#indexOf}: a regular expression with a look-behind cannot skip ahead, and
     * every sentence of a corpus is tested against every word of the list.
     */
    record Word(String text) {

        boolean in(String s) {
            for (int at = s.indexOf(text); at >= 0; at = s.indexOf(text, at + 1)) {
                int end = at + text.length();
                if ((at == 0 || !letterOrDigit(s.codePointBefore(at)))
                        && (end == s.length() || !letterOrDigit(s.codePointAt(end)))) {
                    return true;
                }
            }
            return false;
        }

        /** As {@code [\\p{L}\\p{N}]}: a letter, or a digit or other number. */
        private static boolean letterOrDigit(int c) {
            int type = Character.getType(c);
            return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER;
        }
    }

    private static States load() {
        List<State> states = new ArrayList<>();
        Map<String, List<Word>> things = new LinkedHashMap<>();
        for (DataLines.Line line : DataLines.read("corpus/states.tsv")) {
            String[] f = line.text().split("\t");
            if (f[0].equals("state") && f.length == 4) {
                boolean reversal = f[1].startsWith("!");
                String name = reversal ? f[1].substring(1) : f[1];
                states.add(new State(name, f[2], reversal, List.of(f[3].strip().split("\\s+")).stream().map(States::word).toList()));
            } else if (f[0].equals("thing") && f.length == 3) {
                things.put(f[1], List.of(f[2].strip().split("\\s+")).stream().map(States::word).toList());
            } else {
                throw new IllegalStateException("corpus/states.tsv line " + line.number() + ": expected 'state NAME OPPOSITE words' or"
                        + " 'thing CLASS words', separated by tabs");
            }
        }
        return new States(List.copyOf(states), Map.copyOf(things));
    }
}
