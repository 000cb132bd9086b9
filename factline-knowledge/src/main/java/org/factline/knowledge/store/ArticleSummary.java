package org.factline.knowledge.store;

import java.time.Instant;
import org.factline.model.Language;
import org.factline.model.PublicationDate;
import org.factline.model.SourceRef;

/**
 * One line of a listing of the store: what identifies an article and tells it apart, without its text.
 *
 * @param id         the article's id
 * @param doc        its short name
 * @param title      headline, or null
 * @param outlet     publisher, or null
 * @param url        address, or null
 * @param published  publication date, or null when unknown
 * @param language   language and whether Factline can analyse it
 * @param source     where it was read from
 * @param ingestedAt when it was stored
 */
public record ArticleSummary(
        String id,
        String doc,
        String title,
        String outlet,
        String url,
        PublicationDate published,
        Language language,
        SourceRef source,
        Instant ingestedAt) {
}
