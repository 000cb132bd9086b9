package org.factline.extract.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import java.util.Optional;
import org.factline.extract.Step;
import org.factline.model.Analysis;

/**
 * Sentences and tokens with lemma, Universal POS tag, named-entity tag and universal dependencies, from
 * Stanford CoreNLP configured by the article's language folder ({@code lang/fr/}, {@code lang/en/}). An
 * article in a language without a folder is returned unchanged. Token offsets point into the article's
 * text. Stateless: the models are loaded once per process, on the first article of their language.
 */
public final class LinguisticStep implements Step {

    @Override
    public String name() {
        return "linguistics";
    }

    @Override
    public Analysis apply(Analysis analysis) {
        Optional<CoreNlpModels> models = CoreNlpModels.forLanguage(analysis.article().language().code());
        if (models.isEmpty()) {
            return analysis;
        }
        Annotation annotation = new Annotation(models.get().profile().forParser(analysis.text()));
        models.get().linguistics().annotate(annotation);
        AnnotationReader.Layers layers = new AnnotationReader(models.get().profile()).read(annotation);
        return analysis.withLinguistics(layers.sentences(), layers.tokens());
    }
}
