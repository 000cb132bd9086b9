package org.factline.extract.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
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
    /** Whether the language's pipeline has a dependency parser. */
    private final boolean parses;
    private StanfordCoreNLP linguistics;
    private StanfordCoreNLP entityTagger;
    private StanfordCoreNLP tagger;
    private DependencyParser parser;

    private CoreNlpModels(LanguageProfile profile) {
        this.profile = profile;
        this.parses = annotators(profile.corenlp()).contains("depparse");
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
     * The annotators of {@link #linguistics()} before the dependency parser, on raw text: with
     * {@link #parse} on every sentence, the basic dependencies of {@link #linguistics()}.
     */
    public synchronized StanfordCoreNLP tagger() {
        if (tagger == null) {
            Properties properties = profile.corenlp();
            properties.setProperty("annotators", String.join(",", annotatorsBefore(properties, "depparse")));
            tagger = new StanfordCoreNLP(coreNlpProperties(properties));
        }
        return tagger;
    }

    /**
     * Parses sentences that {@link #tagger()} has annotated, setting their basic dependencies only: the
     * parser of {@link #linguistics()} (CoreNLP's parser cache shares the model), without the four other
     * graphs (collapsed, CC-processed, enhanced, enhanced++) its annotator derives from each parse, which
     * Factline does not read and which cost a tenth to a fifth of the parse again.
     */
    public void parse(List<CoreMap> sentences) {
        DependencyParser parser = dependencyParser();
        for (CoreMap sentence : sentences) {
            GrammaticalStructure parse = parser.predict(sentence);
            sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
                    SemanticGraphFactory.makeFromTree(parse, SemanticGraphFactory.Mode.BASIC,
                            GrammaticalStructure.Extras.NONE, null));
        }
    }

    private synchronized DependencyParser dependencyParser() {
        if (!parses) {
            throw new IllegalStateException("the CoreNLP configuration of '" + profile.code()
                    + "' has no dependency parser (annotators = " + profile.corenlp().getProperty("annotators") + ")");
        }
        if (parser == null) {
            // the parser's own keys only: no gazetteer to filter, no key of Factline's among them
            Properties own = PropertiesUtils.extractPrefixedProperties(profile.corenlp(), "depparse.");
            parser = DependencyParser.loadFromModelFile(own.getProperty("model", DependencyParser.DEFAULT_MODEL), own);
        }
        return parser;
    }

    /** Whether the language's pipeline parses. */
    public boolean parses() {
        return parses;
    }

    private static List<String> annotators(Properties properties) {
        List<String> out = new ArrayList<>();
        for (String annotator : properties.getProperty("annotators").split(",")) {
            out.add(annotator.strip());
        }
        return out;
    }

    /** The annotators before {@code name} (all of them when there is none). */
    private static List<String> annotatorsBefore(Properties properties, String name) {
        List<String> all = annotators(properties);
        int at = all.indexOf(name);
        return at < 0 ? all : all.subList(0, at);
    }

    /**
     * The same annotators up to the entity tagger, on text that is already tokens: words separated by
     * spaces, one sentence per line. CoreNLP's annotator cache shares the models with {@link #linguistics()}.
     */
    public synchronized StanfordCoreNLP entityTagger() {
        if (entityTagger == null) {
            Properties properties = profile.corenlp();
            List<String> annotators = annotators(properties);
            int ner = annotators.indexOf("ner");
            properties.setProperty("annotators",
                    String.join(",", ner < 0 ? annotators : annotators.subList(0, ner + 1)));
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
