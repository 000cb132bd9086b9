package org.factline.model;

/**
 * A word of the article, with what the linguistic layer knows of it.
 *
 * @param index    position among all tokens of the article, from 0
 * @param sentence index of its sentence
 * @param span     where it is in the article text
 * @param text     the word as written (for French contractions split by the tokenizer, "du" → "de" + "le",
 *                 the part's form; both parts then share the span of the written word)
 * @param lemma    base form where the layer knows it, else the lower-cased word
 * @param pos      universal part-of-speech tag (NOUN, PROPN, VERB, AUX, ADJ, …)
 * @param ner      named-entity tag of the statistical tagger (PERSON, LOCATION, ORGANIZATION, MISC, …) or "O"
 * @param head     index of the syntactic head among all tokens of the article, or -1 for a sentence root
 * @param relation universal dependency relation to the head (nsubj, obj, ccomp, obl, nmod, flat:name, …)
 */
public record Token(int index, int sentence, Span span, String text, String lemma, String pos, String ner,
                    int head, String relation) {

    public boolean isRoot() {
        return head < 0;
    }
}
