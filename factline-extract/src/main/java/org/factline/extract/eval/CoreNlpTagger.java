package org.factline.extract.eval;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.factline.extract.nlp.CoreNlpModels;
import org.factline.extract.nlp.LanguageProfile;

/**
 * CoreNLP's statistical entity tagger alone, with the models and settings of the linguistic layer, on the
 * data set's own tokens (one sentence per line, tokens separated by spaces). Tags go through the language's
 * normalisation and {@code eval/corenlp-types.tsv}; CoreNLP tags runs of tokens without telling where two
 * adjacent entities of one type meet, so a run becomes one entity.
 */
public final class CoreNlpTagger implements NerTagger {

    @Override
    public List<List<String>> tag(List<List<String>> sentences, String language) {
        CoreNlpModels models = CoreNlpModels.forLanguage(language)
                .orElseThrow(() -> new IllegalArgumentException("no CoreNLP models for language '" + language + "'"));
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (List<String> sentence : sentences) {
            for (String token : sentence) {
                starts.add(text.length());
                text.append(writable(token)).append(' ');
            }
            text.append('\n');
        }
        Annotation annotation = new Annotation(text.toString());
        models.entityTagger().annotate(annotation);

        int[] startArray = starts.stream().mapToInt(Integer::intValue).toArray();
        String[] types = new String[startArray.length];
        LanguageProfile profile = models.profile();
        for (CoreLabel label : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
            int token = Arrays.binarySearch(startArray, label.beginPosition());
            token = token >= 0 ? token : -token - 2;
            String type = ScoredTypes.CORENLP.map(profile.nerTags().map(label.ner() == null ? "O" : label.ner(), null), null);
            // A word split into parts ("du" -> "de le") takes the first part's entity type.
            if (token >= 0 && (types[token] == null || types[token].equals("O"))) {
                types[token] = type;
            }
        }
        return bio(sentences, types);
    }

    /** The whitespace tokenizer must see each data set token as one word. */
    private static String writable(String token) {
        if (token.isEmpty()) {
            return "_";
        }
        StringBuilder out = new StringBuilder(token.length());
        token.codePoints().forEach(c -> out.appendCodePoint(Character.isWhitespace(c) || Character.isSpaceChar(c) ? '_' : c));
        return out.toString();
    }

    private static List<List<String>> bio(List<List<String>> sentences, String[] types) {
        List<List<String>> labels = new ArrayList<>();
        int token = 0;
        for (List<String> sentence : sentences) {
            List<String> sentenceLabels = new ArrayList<>(sentence.size());
            String previous = "O";
            for (int i = 0; i < sentence.size(); i++, token++) {
                String type = types[token] == null ? "O" : types[token];
                sentenceLabels.add(type.equals("O") ? "O" : (type.equals(previous) ? "I-" : "B-") + type);
                previous = type;
            }
            labels.add(sentenceLabels);
        }
        return labels;
    }
}
