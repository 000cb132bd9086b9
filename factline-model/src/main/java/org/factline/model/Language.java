package org.factline.model;

import java.io.Serializable;

/**
 * The language of an article.
 *
 * @param code       ISO 639-1 code ({@code fr}, {@code en}), or {@code und} when it could not be told
 * @param confidence how sure the identifier was, 0–1; 1 when the source stated the language
 * @param stated     whether the source stated the language (header, metadata) rather than it being detected
 * @param analysable whether Factline has models for this language; an article in another language is
 *                   stored and flagged, never analysed with the wrong models
 */
public record Language(String code, double confidence, boolean stated, boolean analysable) implements Serializable {

    public static final String UNDETERMINED = "und";
}
