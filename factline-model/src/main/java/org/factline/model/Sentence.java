package org.factline.model;

/**
 * A sentence of the article.
 *
 * @param index      position among the sentences of the article, from 0
 * @param span       where it is in the text
 * @param firstToken index of its first token
 * @param endToken   index after its last token
 */
public record Sentence(int index, Span span, int firstToken, int endToken) {

    public int tokenCount() {
        return endToken - firstToken;
    }
}
