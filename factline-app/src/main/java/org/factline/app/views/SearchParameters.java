package org.factline.app.views;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.factline.knowledge.search.DateRange;
import org.factline.knowledge.search.SearchDocument.Kind;
import org.factline.knowledge.search.SearchQuery;

/** A search as a user asks for it, checked, with messages that name the filter that was wrong. */
public final class SearchParameters {

    private static final Pattern LANGUAGE_CODE = Pattern.compile("[A-Za-z]{2,3}");

    private SearchParameters() {
    }

    /**
     * The query of a user's words and filters.
     *
     * @param from     the first valid date (YYYY, YYYY-MM or YYYY-MM-DD: its first day), or null
     * @param to       the last valid date (its last day), or null
     * @param asOf     only what had been reported by the end of this date, or null
     * @param language a language code, or null
     * @param name     how the user names a filter ({@code from}, {@code to}, {@code as_of}, {@code lang}), for messages
     * @throws IllegalArgumentException naming what was wrong
     */
    public static SearchQuery query(String words, Set<Kind> kinds, String from, String to, String asOf, String language,
                                    int limit, UnaryOperator<String> name) {
        if (language != null && !LANGUAGE_CODE.matcher(language).matches()) {
            throw new IllegalArgumentException(name.apply("lang") + " wants a language code such as fr or en, not '"
                    + language + "'");
        }
        return new SearchQuery(words, kinds, day(name.apply("from"), from, true), day(name.apply("to"), to, false),
                language, limit, day(name.apply("as_of"), asOf, false));
    }

    /**
     * The kinds named in a comma-separated list ({@code claim,event}); empty for all.
     *
     * @throws IllegalArgumentException naming a kind that is none
     */
    public static Set<Kind> kinds(String name, String list) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        if (list == null || list.isBlank()) {
            return kinds;
        }
        for (String k : list.split(",")) {
            try {
                kinds.add(Kind.valueOf(k.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + " wants article, claim or event (or several, with commas), not '"
                        + k.strip() + "'", e);
            }
        }
        return kinds;
    }

    /** The first (or last) day of the date a filter gives, or null when it gives none. */
    private static LocalDate day(String name, String value, boolean first) {
        if (value == null) {
            return null;
        }
        DateRange range = DateRange.parse(value).orElseThrow(() -> new IllegalArgumentException(name
                + " wants a date as YYYY, YYYY-MM or YYYY-MM-DD, not '" + value + "'"));
        return first ? range.first() : range.last();
    }
}
