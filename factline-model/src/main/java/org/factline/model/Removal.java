package org.factline.model;

import java.io.Serializable;

/**
 * A piece of the raw text that cleaning took out of an article, kept so that nothing is silently lost.
 *
 * @param kind why it was removed
 * @param text the removed text, as it was
 */
public record Removal(Kind kind, String text) implements Serializable {

    public enum Kind {
        /**
         * A photo caption the reader found apart from the text (an HTML {@code figcaption}); the cleaning
         * stage puts it back as a caption paragraph.
         */
        CAPTION,
        /** A photo credit: "KEYSTONE" at the end of a caption, "Photo: Reuters", "(Photo AFP)". */
        CREDIT,
        /** An agency or author byline on its own line ("Keystone-SDA ATS", "(AFP)"). */
        BYLINE,
        /** Scraping tails and page furniture ("Source", "Lire aussi : …", "Read more"). */
        BOILERPLATE,
        /** Header lines ({@code date …}, {@code url …}) that carried metadata, not text. */
        HEADER
    }
}
