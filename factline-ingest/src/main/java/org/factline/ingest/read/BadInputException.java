package org.factline.ingest.read;

/**
 * An input that cannot be read (further), with the place and the reason.
 */
public final class BadInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String location;
    private final String reason;

    public BadInputException(String location, String reason) {
        this(location, reason, null);
    }

    public BadInputException(String location, String reason, Throwable cause) {
        super(location + ": " + reason, cause);
        this.location = location;
        this.reason = reason;
    }

    public String location() {
        return location;
    }

    public String reason() {
        return reason;
    }
}
