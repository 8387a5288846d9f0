package io.vipgate.application.legacyimport.port.out;

/** The legacy file cannot be read at all; the message says why in words an operator can act on. */
public class LegacySourceException extends RuntimeException {

    public LegacySourceException(String message) {
        super(message);
    }

    public LegacySourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
