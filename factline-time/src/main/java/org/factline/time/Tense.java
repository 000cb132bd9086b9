package org.factline.time;

/**
 * Whether a clause tells of the past, the present or the future, as far as it decides which "samedi" or
 * which "December" a text means.
 */
public enum Tense {
    PAST, PRESENT, FUTURE, UNKNOWN;

    /** Which way an undated day or month lies from the article's date, or 0 when the tense does not say. */
    int direction() {
        return switch (this) {
            case PAST -> -1;
            case FUTURE -> 1;
            default -> 0;
        };
    }
}
