package org.factline.extract.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factline.model.lang.DataFile;

/**
 * Part-of-speech tags in one tag set, Universal POS, whatever the language's tagger speaks: a language
 * whose tagger uses another set ships a mapping ({@code lang/<code>/ptb-upos.tsv} for English).
 */
final class UniversalTags {

    private final Map<String, String> mapping;

    private UniversalTags(Map<String, String> mapping) {
        this.mapping = mapping;
    }

    static UniversalTags forLanguage(String lang) {
        List<DataFile.Line> lines = DataFile.linesIfPresent("lang/" + lang + "/ptb-upos.tsv");
        Map<String, String> mapping = new HashMap<>();
        if (lines != null) {
            for (DataFile.Line line : lines) {
                String[] f = line.fields(2);
                mapping.put(f[0], f[1]);
            }
        }
        return new UniversalTags(Map.copyOf(mapping));
    }

    String upos(String tag) {
        if (tag == null) {
            return "X";
        }
        return mapping.isEmpty() ? tag : mapping.getOrDefault(tag, tag);
    }
}
