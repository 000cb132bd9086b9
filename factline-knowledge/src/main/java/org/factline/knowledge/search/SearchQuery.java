package org.factline.knowledge.search;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.factline.knowledge.search.SearchDocument.Kind;

/**
 * What to search for.
 *
 * <pre>{@code
 * SearchQuery.of("Koursk Guérassimov").kinds(Kind.CLAIM).from(LocalDate.of(2025, 2, 1)).limit(50)
 * }</pre>
 *
 * @param text     what the user typed (see {@link UserQuery} for the syntax); blank for every document that
 *                 passes the filters, by date
 * @param kinds    the kinds of document wanted; empty for all
 * @param from     the first day of the valid dates wanted, or null; a document whose date may fall on or after it
 *                 passes (a "2025-02" event passes {@code from 2025-02-15})
 * @param to       the last day of the valid dates wanted, or null, in the same way; undated documents pass
 *                 neither filter
 * @param language the language code wanted ({@code fr}, {@code en}), or null for all
 * @param limit    how many hits to return, 1 to {@value #MAX_LIMIT}
 * @param asOf     only what had been reported by the end of this day (the article's publication date, the
 *                 last day it may mean, is no later), or null; a document with no publication date fails it
 */
public record SearchQuery(String text, Set<Kind> kinds, LocalDate from, LocalDate to, String language, int limit,
                          LocalDate asOf) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 1000;
    /** The longest text searched, in characters: a query is a few words, not a document. */
    public static final int MAX_LENGTH = 1000;

    public SearchQuery {
        text = text == null ? "" : text;
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The query is " + text.length() + " characters long; at most "
                    + MAX_LENGTH + " are searched: give a few words");
        }
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("The date range is empty: from " + from + " is after to " + to);
        }
        language = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("The number of results must be from 1 to " + MAX_LIMIT + ", not "
                    + limit);
        }
    }

    /** Every kind of document, any date and language, the {@value #DEFAULT_LIMIT} best. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, Set.of(), null, null, null, DEFAULT_LIMIT, null);
    }

    public SearchQuery kinds(Kind first, Kind... more) {
        return new SearchQuery(text, EnumSet.of(first, more), from, to, language, limit, asOf);
    }

    public SearchQuery kinds(Set<Kind> kinds) {
        return new SearchQuery(text, kinds, from, to, language, limit, asOf);
    }

    public SearchQuery from(LocalDate from) {
        return new SearchQuery(text, kinds, from, to, language, limit, asOf);
    }

    public SearchQuery to(LocalDate to) {
        return new SearchQuery(text, kinds, from, to, language, limit, asOf);
    }

    public SearchQuery language(String language) {
        return new SearchQuery(text, kinds, from, to, language, limit, asOf);
    }

    public SearchQuery limit(int limit) {
        return new SearchQuery(text, kinds, from, to, language, limit, asOf);
    }

    public SearchQuery asOf(LocalDate asOf) {
        return new SearchQuery(text, kinds, from, to, language, limit, asOf);
    }

    /** Whether the query has words, rather than only filters. */
    public boolean hasText() {
        return !text.isBlank();
    }
}
