package org.factline.knowledge.search;

import java.util.List;
import java.util.Objects;

/**
 * One thing the search index finds: an article, or a claim or an event of an article.
 *
 * @param kind      what it is
 * @param id        stable and unique in the index: the article id for an article, the article id and the place
 *                  of the item in its analysis for a claim or an event ({@code 3f9a1c…#claim-3})
 * @param articleId the article it belongs to (its own id for an article)
 * @param doc       the article's short name
 * @param language  the article's language code ({@code fr}, {@code en}, or any other code, which is indexed
 *                  without the rules of a language)
 * @param date      the valid date: when a claim was made or an event happened, an article's publication date;
 *                  null when not known
 * @param reported  when it was reported: the article's publication date; null when not known
 * @param title     the article's headline, or null; searched for an article, only shown for its claims and events
 * @param text      what is searched and quoted: an article's body, a claim's quote, an event's evidence
 * @param names     the canonical names and every spelling of the entities it mentions, so that any of them finds
 *                  it ("Kursk Oblast", "Koursk", "région de Koursk")
 * @param speaker   who makes a claim, or who asserts an event; null for articles and the outlet's own word
 * @param type      an event's type ({@code CAPTURE_TERRITORY}), a claim's stance ({@code DENY}); null for articles
 */
public record SearchDocument(Kind kind, String id, String articleId, String doc, String language, DateRange date,
                             DateRange reported, String title, String text, List<String> names, String speaker,
                             String type) {

    /** What a document is. */
    public enum Kind { ARTICLE, CLAIM, EVENT }

    public SearchDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        names = names == null ? List.of() : names.stream().filter(Objects::nonNull).distinct().toList();
        if (kind == Kind.ARTICLE && !id.equals(articleId)) {
            throw new IllegalArgumentException("an article's id is its article id: " + id + " ≠ " + articleId);
        }
    }

    /** The id of the {@code index}-th claim of an article's analysis. */
    public static String claimId(String articleId, int index) {
        return articleId + "#claim-" + index;
    }

    /** The id of the {@code index}-th event of an article's analysis. */
    public static String eventId(String articleId, int index) {
        return articleId + "#event-" + index;
    }
}
