package org.factline.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.factline.model.lang.DataFile;

/**
 * The verb forms that tell the tense of a clause in one language, read from
 * {@code lang/<code>/time/tense.tsv}: a word ("sera", "said", "\p{L}+ait") or a word followed shortly by
 * another ("a … annoncé", "will … meet"). Rules are tried in file order; the first that fits wins, so
 * that "a annoncé" (past) is read before "a" alone (present). Words are compared in lower case with
 * their accents, so that the auxiliary "a" is not the preposition "à".
 */
public final class TenseRules {

    private static final Map<String, TenseRules> BY_LANGUAGE = new ConcurrentHashMap<>();
    /** How many words may come between the two words of a two-word rule ("n'a pas encore été"). */
    static final int GAP = 3;

    private record Rule(Tense tense, Pattern first, Pattern second) {
    }

    private final List<Rule> rules;

    private TenseRules(List<Rule> rules) {
        this.rules = rules;
    }

    /** The rules of a language; a language without a tense file has none and tells nothing. */
    public static TenseRules forLanguage(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, TenseRules::load);
    }

    private static TenseRules load(String language) {
        List<Rule> rules = new ArrayList<>();
        List<DataFile.Line> lines = DataFile.linesIfPresent("lang/" + language + "/time/tense.tsv");
        for (DataFile.Line line : lines == null ? List.<DataFile.Line>of() : lines) {
            String[] cols = line.text().split("\t");
            if (cols.length < 2 || cols.length > 3) {
                throw line.malformed("expected TENSE<TAB>word[<TAB>next word]");
            }
            try {
                rules.add(new Rule(Tense.valueOf(cols[0].strip()), Pattern.compile(cols[1].strip()),
                        cols.length == 3 ? Pattern.compile(cols[2].strip()) : null));
            } catch (IllegalArgumentException e) {
                throw line.malformed(e instanceof PatternSyntaxException p ? "bad pattern: " + p.getDescription()
                        : "unknown tense " + cols[0]);
            }
        }
        return new TenseRules(rules);
    }

    /**
     * The tense told by the word at {@code i} of {@code words} (with the words after it), or null when
     * that word tells none. Words are compared folded.
     */
    public Tense at(List<String> words, int i) {
        Hit hit = hit(words, i);
        return hit == null ? null : hit.tense();
    }

    /** A verb form found: its tense and the index of its last word ("a" … "annoncé"). */
    record Hit(Tense tense, int last) {
    }

    /** The verb form starting at word {@code i}, or null. */
    Hit hit(List<String> words, int i) {
        String w = lower(words.get(i));
        for (Rule r : rules) {
            if (!r.first().matcher(w).matches()) {
                continue;
            }
            if (r.second() == null) {
                return new Hit(r.tense(), i);
            }
            for (int j = i + 1; j < words.size() && j <= i + 1 + GAP; j++) {
                if (r.second().matcher(lower(words.get(j))).matches()) {
                    return new Hit(r.tense(), j);
                }
            }
        }
        return null;
    }

    /** Lower case with accents kept: "à" is not "a", "annoncé" is not "annonce". */
    private static String lower(String word) {
        return word.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
    }

    /** The tense of a verb group (a verb with its auxiliaries, in text order): the first word that tells one. */
    public Tense of(List<String> group) {
        Tense found = Tense.UNKNOWN;
        for (int i = 0; i < group.size(); i++) {
            Tense t = at(group, i);
            if (t != null && t != Tense.PRESENT) {
                return t;
            }
            if (t == Tense.PRESENT) {
                found = Tense.PRESENT;
            }
        }
        return found;
    }
}
