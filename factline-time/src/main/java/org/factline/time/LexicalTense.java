package org.factline.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factline.model.Span;

/**
 * A tense oracle for text without a linguistic analysis: the tense of the verb form nearest the
 * expression in its sentence, as the language's {@link TenseRules} read it. The dependency tree does
 * better where a sentence has several clauses; this serves where there is none.
 */
public final class LexicalTense implements TenseOracle {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;]\\s|\\n");

    private final String text;
    private final TenseRules rules;

    public LexicalTense(String text, String language) {
        this.text = text;
        this.rules = TenseRules.forLanguage(language);
    }

    @Override
    public Tense at(Span span) {
        int start = sentenceStart(span.start());
        int end = sentenceEnd(span.end());
        List<String> words = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(start, end);
        while (m.find()) {
            if (m.start() >= span.start() && m.end() <= span.end()) {
                continue; // the expression's own words ("samedi prochain") say nothing of the verb
            }
            // Elided forms: "n'a" → "a", "qu'il" → "il", "l'ont" → "ont".
            String w = m.group();
            int apostrophe = Math.max(w.lastIndexOf('\''), w.lastIndexOf('’'));
            if (apostrophe >= 0 && apostrophe < w.length() - 1 && apostrophe <= 3) {
                w = w.substring(apostrophe + 1);
            }
            words.add(w);
            offsets.add(m.start());
        }
        Tense best = Tense.UNKNOWN;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < words.size(); i++) {
            TenseRules.Hit hit = rules.hit(words, i);
            if (hit == null) {
                continue;
            }
            // A verb group ("a … fait") is as near as its nearest word, and its words are not read again.
            for (int k = i; k <= hit.last(); k++) {
                int at = offsets.get(k);
                int distance = at < span.start() ? span.start() - at : at - span.end() + 1;
                if (distance < bestDistance || distance == bestDistance && best == Tense.PRESENT) {
                    best = hit.tense();
                    bestDistance = distance;
                }
            }
            i = hit.last();
        }
        return best;
    }

    private int sentenceStart(int from) {
        int start = 0;
        Matcher m = SENTENCE_END.matcher(text).region(Math.max(0, from - 400), from);
        while (m.find()) {
            start = m.end();
        }
        return Math.max(start, Math.max(0, from - 400));
    }

    private int sentenceEnd(int from) {
        Matcher m = SENTENCE_END.matcher(text).region(from, Math.min(text.length(), from + 400));
        return m.find() ? m.start() + 1 : Math.min(text.length(), from + 400);
    }
}
