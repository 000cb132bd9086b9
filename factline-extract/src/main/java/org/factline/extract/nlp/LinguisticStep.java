package org.factline.extract.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factline.extract.Step;
import org.factline.model.Analysis;
import org.factline.model.Sentence;

/**
 * Sentences and tokens with lemma, Universal POS tag, named-entity tag and universal dependencies, from
 * Stanford CoreNLP configured by the article's language folder ({@code lang/fr/}, {@code lang/en/}). An
 * article in a language without a folder is returned unchanged. Token offsets point into the article's
 * text. Stateless: the models are loaded once per process, on the first article of their language.
 *
 * <p>The dependency parser, most of the time spent here, reads only the sentences a {@link ParseNeed} asks
 * for, and gives only the basic dependencies (what Factline reads); the tokens of the other sentences are roots
 * with the unspecified relation {@code dep}. A parsed sentence has the tree it would have if every sentence
 * were parsed: the parser reads one sentence at a time.
 */
public final class LinguisticStep implements Step {

    private final ParseNeed need;

    /** Parses every sentence. */
    public LinguisticStep() {
        this(ParseNeed.EVERY_SENTENCE);
    }

    /** Parses the sentences {@code need} asks for. */
    public LinguisticStep(ParseNeed need) {
        this.need = need;
    }

    @Override
    public String name() {
        return "linguistics";
    }

    @Override
    public Analysis apply(Analysis analysis) {
        Optional<CoreNlpModels> found = CoreNlpModels.forLanguage(analysis.article().language().code());
        if (found.isEmpty()) {
            return analysis;
        }
        CoreNlpModels models = found.get();
        AnnotationReader reader = new AnnotationReader(models.profile());
        Annotation annotation = new Annotation(models.profile().forParser(analysis.text()));
        models.tagger().annotate(annotation);
        if (!models.parses()) {
            AnnotationReader.Layers layers = reader.read(annotation);
            return analysis.withLinguistics(layers.sentences(), layers.tokens());
        }
        List<CoreMap> chosen = reader.readSentences(annotation);
        if (need != ParseNeed.EVERY_SENTENCE) {
            AnnotationReader.Layers tagged = reader.read(annotation);
            Analysis unparsed = analysis.withLinguistics(tagged.sentences(), tagged.tokens());
            List<CoreMap> all = chosen;
            chosen = new ArrayList<>();
            for (Sentence s : tagged.sentences()) {
                if (need.needs(unparsed, s)) {
                    chosen.add(all.get(s.index()));
                }
            }
        }
        models.parse(chosen);
        AnnotationReader.Layers layers = reader.read(annotation);
        return analysis.withLinguistics(layers.sentences(), layers.tokens());
    }
}
