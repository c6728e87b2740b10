package org.iidrules;

/** The base of every error the library reports on purpose. */
public class IidException extends RuntimeException {
    public IidException(String message) {
        super(message);
    }

    public IidException(String message, Throwable cause) {
        super(message, cause);
    }
}
