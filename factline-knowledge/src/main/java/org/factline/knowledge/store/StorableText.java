package org.factline.knowledge.store;

import org.factline.model.Article;
import org.factline.model.Removal;

/**
 * Text that every backend stores and gives back unchanged. PostgreSQL refuses U+0000 in text, and both
 * PostgreSQL and H2's large-text columns hold UTF-8, which has no form for an unpaired surrogate. Refusing
 * such an article on every backend keeps a store portable from H2 to PostgreSQL.
 */
final class StorableText {

    private StorableText() {
    }

    /** Throws a {@link StoreException} naming the field and offset of the first character no backend can keep. */
    static void require(Article a) {
        check(a, "id", a.id());
        check(a, "doc", a.doc());
        check(a, "source location", a.source().location());
        check(a, "source format", a.source().format());
        check(a, "title", a.title());
        check(a, "url", a.url());
        check(a, "outlet", a.outlet());
        check(a, "language code", a.language().code());
        if (a.published() != null) {
            check(a, "publication date", a.published().value());
            check(a, "publication date evidence", a.published().evidence());
        }
        check(a, "text", a.text());
        check(a, "raw text", a.rawText());
        for (Removal removal : a.removed()) {
            check(a, "removed text", removal.text());
        }
        for (String warning : a.warnings()) {
            check(a, "warning", warning);
        }
    }

    private static void check(Article article, String field, String value) {
        String problem = problem(value);
        if (problem != null) {
            throw new StoreException("Cannot store article " + article.id() + " (" + article.doc() + "): its "
                    + field + " holds " + problem + ", which the store cannot keep");
        }
    }

    /**
     * What in {@code value} no backend can keep, with its offset ("the character U+0000 (NUL) at offset 3"),
     * or null when it can be stored as it is (null included).
     */
    static String problem(String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0') {
                return "the character U+0000 (NUL) at offset " + i;
            } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "an unpaired surrogate U+" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)
                        + " at offset " + i;
            }
        }
        return null;
    }
}
