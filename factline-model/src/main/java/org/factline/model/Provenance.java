package org.factline.model;

/**
 * What produced an annotation and how sure it was. The article and the evidence span are those of the
 * annotation itself.
 *
 * @param extractor  the step and rule or model that made it ({@code ner.corenlp}, {@code mention.gazetteer})
 * @param confidence 0–1
 */
public record Provenance(String extractor, double confidence) {

    public Provenance {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0–1: " + confidence);
        }
    }
}
