package org.factline.knowledge.store;

import java.time.Instant;

/**
 * What is stored of an article's analysis, without its layers: which extractor made it, when, and how many
 * items of each layer it found.
 *
 * @param articleId  the article's id
 * @param extractor  the version (fingerprint) of the extraction code and data that made it
 * @param analysedAt when it was stored
 * @param sentences  number of sentences
 * @param tokens     number of tokens (counted, not stored)
 * @param mentions   number of entity mentions
 * @param entities   number of entities
 * @param timexes    number of time expressions
 * @param claims     number of claims
 * @param events     number of events
 * @param quantities number of figures
 */
public record AnalysisSummary(
        String articleId,
        String extractor,
        Instant analysedAt,
        int sentences,
        int tokens,
        int mentions,
        int entities,
        int timexes,
        int claims,
        int events,
        int quantities) {
}
