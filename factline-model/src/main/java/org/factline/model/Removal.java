package org.factline.model;

/**
 * A piece of the raw text that cleaning took out of an article, kept so that nothing is silently lost.
 *
 * @param kind why it was removed
 * @param text the removed text, as it was
 */
public record Removal(Kind kind, String text) {

    public enum Kind {
        /** A photo caption, or the credit at the end of one ("… KEYSTONE", "Photo: …"). */
        CAPTION,
        /** An agency or author byline on its own line ("Keystone-SDA ATS", "(AFP)"). */
        BYLINE,
        /** Scraping tails and page furniture ("Source", "Lire aussi : …", "Read more"). */
        BOILERPLATE,
        /** Header lines ({@code date …}, {@code url …}) that carried metadata, not text. */
        HEADER
    }
}
