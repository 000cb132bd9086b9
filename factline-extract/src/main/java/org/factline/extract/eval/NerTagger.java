package org.factline.extract.eval;

import java.util.List;

/** Something that labels named entities in pre-tokenized sentences, for evaluation against gold data. */
public interface NerTagger {

    /**
     * Labels every token of every sentence in BIO ({@code B-PER}, {@code I-LOC}, {@code O}) with the types
     * PER, LOC, ORG and MISC: one list of labels per sentence, as long as the sentence. Thread-safe.
     *
     * @param sentences the tokens of each sentence, as the data set gives them
     * @param language  ISO 639-1 code of the text
     * @throws IllegalArgumentException when the tagger has no models for the language
     */
    List<List<String>> tag(List<List<String>> sentences, String language);
}
