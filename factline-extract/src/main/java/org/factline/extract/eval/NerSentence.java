package org.factline.extract.eval;

import java.util.List;

/**
 * A sentence of annotated NER data: its tokens and one label per token ({@code B-PER}, {@code I-LOC},
 * {@code O}), types already mapped to PER, LOC, ORG, MISC.
 */
public record NerSentence(List<String> tokens, List<String> labels) {

    public NerSentence {
        tokens = List.copyOf(tokens);
        labels = List.copyOf(labels);
        if (tokens.size() != labels.size()) {
            throw new IllegalArgumentException(tokens.size() + " tokens but " + labels.size() + " labels");
        }
    }
}
