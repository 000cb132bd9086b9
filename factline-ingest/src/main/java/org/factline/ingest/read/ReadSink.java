package org.factline.ingest.read;

/**
 * Receives what a reader finds, record by record, so that one bad record never hides the good ones.
 */
public interface ReadSink {

    /** A record that could be read. */
    void article(RawArticle article);

    /**
     * A record, or the rest of an input, that could not be read.
     *
     * @param location the input and, where known, the line or byte offset ({@code feed.jsonl:7})
     * @param reason   what was wrong, in words a user can act on
     */
    void failure(String location, String reason);
}
