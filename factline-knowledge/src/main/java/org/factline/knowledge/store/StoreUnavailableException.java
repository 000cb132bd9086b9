package org.factline.knowledge.store;

/**
 * The store as a whole cannot be used now, whatever is asked of it: its server cannot be reached or is shutting down,
 * its disk is full or read-only, or the embedded database closed itself after such a failure. Unlike a
 * {@link StoreException} about one article, trying the next article is pointless: an ingest stops, keeping what it
 * stored, and a server answers 503 until the store is back. The message names the store and says why.
 */
public final class StoreUnavailableException extends StoreException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
