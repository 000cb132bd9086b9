package org.factline.knowledge.search;

import org.factline.knowledge.search.SearchDocument.Kind;

/**
 * A document the query found.
 *
 * @param kind      what it is
 * @param id        its id ({@link SearchDocument#id()})
 * @param articleId the article it belongs to
 * @param doc       the article's short name
 * @param language  the article's language code
 * @param date      its valid date at the precision known ("2025-02-07", "2025-02"), or null
 * @param reported  the article's publication date, or null
 * @param title     the article's headline, or null
 * @param speaker   who makes the claim or asserts the event, or null
 * @param type      the event's type or the claim's stance, or null
 * @param score     how well it matches; only comparable within one search, 0 when the query had no words
 * @param snippet   where the words matched in its text
 */
public record SearchHit(Kind kind, String id, String articleId, String doc, String language, String date,
                        String reported, String title, String speaker, String type, float score,
                        Snippet snippet) {
}
