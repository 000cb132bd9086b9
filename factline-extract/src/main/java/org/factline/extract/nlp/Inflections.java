package org.factline.extract.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.factline.model.lang.DataFile;

/**
 * The forms of a verb from its infinitive, for languages whose CoreNLP lemma is only the word in lower
 * case (French): {@code lang/<code>/inflections.tsv} lists, per infinitive ending, the endings of the
 * forms ({@code er = e es ent ons ez ais ait … é ée és ées ant}). The longest matching ending wins
 * ("manger" takes the {@code ger} class, "annoncer" the {@code cer} one). Lexicons of cues and event
 * triggers use it so that each lists a verb once.
 */
public final class Inflections {

    private static final Map<String, Inflections> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final Inflections NONE = new Inflections(Map.of());

    private final Map<String, List<String>> endings;

    private Inflections(Map<String, List<String>> endings) {
        this.endings = endings;
    }

    /** The language's inflection classes; none for a language without the file (English lemmas are real). */
    public static Inflections forLanguage(String code) {
        return BY_LANGUAGE.computeIfAbsent(code, Inflections::read);
    }

    /**
     * The forms of a verb, lower case: the first of {@code forms} is the infinitive, inflected by its class
     * (a reflexive clitic set apart: "s'emparer" → "emparer", "emparé" …); the others are added as written.
     */
    public List<String> expand(String... forms) {
        List<String> out = new ArrayList<>();
        String lemma = lower(forms[0]);
        String bare = lemma.replaceFirst("^(?:s'|se )", "");
        out.add(bare);
        String best = null;
        for (String suffix : endings.keySet()) {
            if (bare.endsWith(suffix) && (best == null || suffix.length() > best.length())) {
                best = suffix;
            }
        }
        if (best != null) {
            String stem = bare.substring(0, bare.length() - best.length());
            for (String ending : endings.get(best)) {
                out.add(stem + ending);
            }
        }
        for (int i = 1; i < forms.length; i++) {
            out.add(lower(forms[i]));
        }
        return out;
    }

    private static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static Inflections read(String code) {
        String resource = "lang/" + code + "/inflections.tsv";
        List<DataFile.Line> lines = DataFile.linesIfPresent(resource);
        if (lines == null) {
            return NONE;
        }
        Map<String, List<String>> endings = new LinkedHashMap<>();
        for (DataFile.Line line : lines) {
            int eq = line.text().indexOf('=');
            if (eq <= 0) {
                throw line.malformed("expected 'ending = ending ending …'");
            }
            String suffix = lower(line.text().substring(0, eq));
            List<String> forms = List.of(line.text().substring(eq + 1).strip().split("\\s+"));
            if (suffix.isEmpty() || forms.getFirst().isEmpty() || endings.put(suffix, forms) != null) {
                throw line.malformed("empty or repeated inflection class '" + suffix + "'");
            }
        }
        return new Inflections(Map.copyOf(endings));
    }
}
