package org.factline.extract.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CoreNLP pipelines of one language, shared by the whole process and built on first use: loading a
 * language takes 10–20 s and half a gigabyte or more, so it happens once, and only for languages that are
 * met. One pipeline serves all threads: CoreNLP's annotators are thread-safe (the dev articles analysed on
 * four threads at once came out identical to one thread), so there is no pool to size.
 */
public final class CoreNlpModels {

    private static final Map<String, Optional<CoreNlpModels>> LANGUAGES = new ConcurrentHashMap<>();

    private final LanguageProfile profile;
    private StanfordCoreNLP linguistics;
    private StanfordCoreNLP entityTagger;

    private CoreNlpModels(LanguageProfile profile) {
        this.profile = profile;
    }

    /** The models of a language, or empty when it has no folder {@code lang/<code>/}. Loads nothing yet. */
    public static Optional<CoreNlpModels> forLanguage(String code) {
        return LANGUAGES.computeIfAbsent(code == null ? "" : code, c -> LanguageProfile.load(c).map(CoreNlpModels::new));
    }

    public LanguageProfile profile() {
        return profile;
    }

    /** The full linguistic pipeline of the language's {@code corenlp.properties}, on raw text. */
    public synchronized StanfordCoreNLP linguistics() {
        if (linguistics == null) {
            linguistics = new StanfordCoreNLP(coreNlpProperties(profile.corenlp()));
        }
        return linguistics;
    }

    /**
     * The same annotators up to the entity tagger, on text that is already tokens: words separated by
     * spaces, one sentence per line. CoreNLP's annotator cache shares the models with {@link #linguistics()}.
     */
    public synchronized StanfordCoreNLP entityTagger() {
        if (entityTagger == null) {
            Properties properties = profile.corenlp();
            List<String> annotators = new ArrayList<>();
            for (String annotator : properties.getProperty("annotators").split(",")) {
                annotators.add(annotator.strip());
                if (annotator.strip().equals("ner")) {
                    break;
                }
            }
            properties.setProperty("annotators", String.join(",", annotators));
            properties.setProperty("tokenize.whitespace", "true");
            properties.setProperty("ssplit.eolonly", "true");
            entityTagger = new StanfordCoreNLP(coreNlpProperties(properties));
        }
        return entityTagger;
    }

    /** What CoreNLP is given: the gazetteers filtered, Factline's own keys removed. */
    private static Properties coreNlpProperties(Properties properties) {
        LiteralGazetteers.apply(properties);
        properties.stringPropertyNames().stream()
                .filter(name -> name.startsWith("factline."))
                .forEach(properties::remove);
        return properties;
    }
}
