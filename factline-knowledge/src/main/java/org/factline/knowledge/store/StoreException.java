package org.factline.knowledge.store;

/**
 * The store could not do what was asked. The message names the store (folder or server) and the
 * article concerned, so that it can be shown to the user as it is.
 */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
