package org.factline.knowledge.store;

/**
 * The database products the store runs on. The schema is one set of migrations for both; the only type
 * that differs is the one for long texts, passed to the migrations as the {@code ${large_text}} placeholder.
 * A placeholder rather than an H2 compatibility mode because it changes exactly that one thing, where a
 * mode would change identifier case, functions and more for every statement.
 */
enum Backend {

    /**
     * H2 keeps a {@code VARCHAR} inside its row, so every scan of the article table (a listing, a lookup
     * by doc) would read whole texts; a {@code CLOB} is stored apart once it is longer than a few hundred bytes.
     */
    H2("CHARACTER LARGE OBJECT"),

    /** PostgreSQL moves long {@code TEXT} values out of the row by itself (TOAST). */
    POSTGRESQL("TEXT");

    final String largeTextType;

    Backend(String largeTextType) {
        this.largeTextType = largeTextType;
    }
}
