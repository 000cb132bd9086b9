package org.factline.extract.kb;

/**
 * One way of writing an entity's name.
 *
 * @param text the name as written ("Vladimir Poutine", "Koursk", "AFP", "nord-coréens")
 * @param lang ISO 639-1 code of the language it belongs to, or {@code *} for any language
 * @param kind what sort of name it is
 */
public record Alias(String text, String lang, Kind kind) {

    public static final String ANY_LANGUAGE = "*";

    public enum Kind {
        /** A full name or exonym: "Vladimir Poutine", "Kiev", "Corée du Nord". */
        NAME,
        /** A short form that names the entity alone in the news: a surname ("Poutine"), a short name. */
        SHORT,
        /** An abbreviation or acronym: "AFP", "ONU", "US". */
        ABBREVIATION,
        /** A demonym form, on group entities: "North Koreans", "nord-coréenne". */
        DEMONYM
    }

    /**
     * Whether the case of the text matters when matching. Proper names keep their case ("Nice" the city is
     * not "nice"); demonyms are adjectives written in lower case and nouns capitalised in most languages
     * ("nord-coréens", "Nord-Coréens"), English being the exception.
     */
    public boolean caseSensitive() {
        return kind != Kind.DEMONYM || "en".equals(lang);
    }

    /** Whether this alias may be used for text in {@code language}: its own language, English, or any. */
    public boolean usableIn(String language) {
        return lang.equals(language) || lang.equals("en") || lang.equals(ANY_LANGUAGE);
    }
}
