package org.factline.knowledge.search;

/**
 * The search index could not do what was asked. The message names the index folder and says what to do, so
 * that it can be shown to the user as it is.
 */
public class SearchIndexException extends RuntimeException {

    public SearchIndexException(String message) {
        super(message);
    }

    public SearchIndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
