package org.factline.extract.kb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds every alias of the knowledge base in a text: word-bounded, leftmost and longest first, never
 * overlapping. Proper names match with their case ("Nice" the city is not "nice", "US" is not "us"), except
 * that a span written all in capitals matches too ("KIEV", "KEYSTONE"); demonyms match in any case (see
 * {@link Alias#caseSensitive()}). Accents, ligatures and typographic apostrophes never matter.
 *
 * <p>Matching walks a trie of alias words from each word of the text, so its cost grows with the text, not
 * with the size of the knowledge base. It does not transliterate: spellings absent from the knowledge base are
 * for {@link NameMatcher}.
 */
public final class GazetteerMatcher {

    private final AliasTrie trie = new AliasTrie();

    GazetteerMatcher(Collection<KbEntity> entities) {
        for (KbEntity e : entities) {
            trie.add(e, new Alias(e.name(), "en", Alias.Kind.NAME));
            e.aliases().forEach(a -> trie.add(e, a));
        }
    }

    /**
     * Every alias occurrence usable in {@code lang} (aliases of that language, English ones and
     * language-neutral ones), in text order. A null {@code lang} allows every alias.
     */
    public List<GazetteerMatch> find(String text, String lang) {
        WordTokens words = WordTokens.of(text);
        String[] lower = new String[words.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = words.folded()[i].toLowerCase(Locale.ROOT);
        }
        List<GazetteerMatch> matches = new ArrayList<>();
        int i = 0;
        while (i < lower.length) {
            int found = -1;
            List<GazetteerMatch.Hit> hits = null;
            AliasTrie.Node node = trie.root;
            for (int j = i; j < lower.length && (j == i || words.joins()[j]); j++) {
                node = node.child(lower[j]);
                if (node == null) {
                    break;
                }
                if (node.entries != null) {
                    List<GazetteerMatch.Hit> usable = usable(node.entries, words, i, lang, text);
                    if (!usable.isEmpty()) {
                        found = j;
                        hits = usable;
                    }
                }
            }
            if (hits == null) {
                i++;
                continue;
            }
            int start = words.start()[i];
            int end = words.end()[found];
            matches.add(new GazetteerMatch(start, end, text.substring(start, end), hits));
            i = found + 1;
        }
        return matches;
    }

    private static List<GazetteerMatch.Hit> usable(List<AliasTrie.Entry> entries, WordTokens words, int from,
            String lang, String text) {
        List<AliasTrie.Entry> ok = new ArrayList<>();
        for (AliasTrie.Entry e : entries) {
            if ((lang == null || e.alias().usableIn(lang)) && caseFits(e, words, from, text)) {
                ok.add(e);
            }
        }
        ok.sort(Comparator.comparing((AliasTrie.Entry e) -> !sameCase(e, words, from))
                .thenComparing(e -> lang == null || !e.alias().lang().equals(lang))
                .thenComparing(e -> -e.entity().prominence())
                .thenComparing(e -> e.entity().id()));
        List<GazetteerMatch.Hit> hits = new ArrayList<>();
        for (AliasTrie.Entry e : ok) {
            if (hits.stream().noneMatch(h -> h.entity() == e.entity())) {
                hits.add(new GazetteerMatch.Hit(e.entity(), e.alias()));
            }
        }
        return hits;
    }

    private static boolean caseFits(AliasTrie.Entry e, WordTokens words, int from, String text) {
        if (e.words().length == 1 && e.words()[0].length() <= 3 && !accentsFit(e, words, from, text)) {
            return false;
        }
        if (!e.alias().caseSensitive() || sameCase(e, words, from)) {
            return true;
        }
        for (int k = 0; k < e.words().length; k++) {
            String w = words.folded()[from + k];
            if (!w.equals(e.words()[k]) && !(Folding.allUpper(w) && (w.length() > 1 || e.words().length > 1))) {
                return false;
            }
        }
        return spanAllUpper(words, from, e.words().length);
    }

    /** Short words must keep their accents too: "As" is not Ås, "We" is not Wé. */
    private static boolean accentsFit(AliasTrie.Entry e, WordTokens words, int from, String text) {
        String written = text.substring(words.start()[from], words.end()[from]);
        String alias = e.alias().text().strip();
        return written.equalsIgnoreCase(alias) || Folding.fold(alias).equals(alias);
    }

    private static boolean sameCase(AliasTrie.Entry e, WordTokens words, int from) {
        for (int k = 0; k < e.words().length; k++) {
            if (!words.folded()[from + k].equals(e.words()[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean spanAllUpper(WordTokens words, int from, int length) {
        for (int k = from; k < from + length; k++) {
            String w = words.folded()[k];
            if (!Folding.allUpper(w) && !w.chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }
}
