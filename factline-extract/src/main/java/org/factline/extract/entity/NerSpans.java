package org.factline.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factline.model.Analysis;
import org.factline.model.EntityType;
import org.factline.model.Span;
import org.factline.model.Token;

/**
 * The names the statistical tagger found: runs of tokens with the same entity tag, with the entity type
 * the tag suggests. The tagger's word is a hint, not the last word: the knowledge base can overrule the
 * type ("Kursk" tagged PERSON is a place), and a MISC run only counts where the base knows the name.
 */
final class NerSpans {

    /** A run of tagged tokens. {@code type} is null for MISC: known names only. */
    record Run(Span span, String text, EntityType type, String tag, int firstToken, int lastToken) {
    }

    private static final Map<String, EntityType> TYPES = Map.ofEntries(
            Map.entry("PERSON", EntityType.PERSON),
            Map.entry("ORGANIZATION", EntityType.ORG),
            Map.entry("LOCATION", EntityType.GPE),
            Map.entry("COUNTRY", EntityType.GPE),
            Map.entry("CITY", EntityType.GPE),
            Map.entry("STATE_OR_PROVINCE", EntityType.GPE),
            Map.entry("NATIONALITY", EntityType.GROUP),
            Map.entry("RELIGION", EntityType.GROUP),
            Map.entry("MISC", EntityType.GROUP));

    private NerSpans() {
    }

    static List<Run> of(Analysis analysis) {
        List<Run> runs = new ArrayList<>();
        List<Token> tokens = analysis.tokens();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (!TYPES.containsKey(t.ner())) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && sameKind(tokens.get(j + 1).ner(), t.ner())
                    && tokens.get(j + 1).sentence() == t.sentence()) {
                j++;
            }
            int first = trimStart(tokens, i, j);
            int last = trimEnd(tokens, first, t.ner().equals("PERSON") ? beforeAffiliation(tokens, first, j) : j);
            if (first <= last) {
                Span span = new Span(tokens.get(first).span().start(), tokens.get(last).span().end());
                EntityType type = t.ner().equals("MISC") ? null : TYPES.get(t.ner());
                runs.add(new Run(span, span.of(analysis.text()), type, t.ner(), first, last));
            }
            i = j + 1;
        }
        return runs;
    }

    /** English fine-grained tags cut one place name in two: "Gulf of" LOCATION, "Mexico" COUNTRY. */
    private static final java.util.Set<String> PLACE_TAGS = java.util.Set.of("LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE");

    private static boolean sameKind(String a, String b) {
        return a.equals(b) || PLACE_TAGS.contains(a) && PLACE_TAGS.contains(b);
    }

    /** Taggers sometimes take in a leading determiner or quote: "la Russie", "«Kiev". */
    private static int trimStart(List<Token> tokens, int first, int last) {
        while (first <= last && (isPunct(tokens.get(first)) || tokens.get(first).pos().equals("DET"))) {
            first++;
        }
        return first;
    }

    /**
     * A person's name ends where an affiliation begins: the French tagger reads "Rami Abd al-Rahman de
     * l'Observatoire" as one name. "de" or "of" followed by an article is never inside a personal name;
     * "de" alone is ("Charles de Gaulle").
     */
    private static int beforeAffiliation(List<Token> tokens, int first, int last) {
        for (int k = first + 1; k < last; k++) {
            String word = tokens.get(k).text().toLowerCase(java.util.Locale.ROOT);
            String next = tokens.get(k + 1).text().toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
            if ((word.equals("de") || word.equals("of")) && ARTICLES.contains(next)) {
                return k - 1;
            }
        }
        return last;
    }

    private static final java.util.Set<String> ARTICLES = java.util.Set.of("l'", "la", "le", "les", "the");

    private static int trimEnd(List<Token> tokens, int first, int last) {
        while (last >= first && isPunct(tokens.get(last))) {
            last--;
        }
        return last;
    }

    private static boolean isPunct(Token t) {
        return t.pos().equals("PUNCT") || t.text().chars().noneMatch(Character::isLetterOrDigit);
    }
}
