package app.relais.webchat;

import java.util.Locale;

/** The {@code code} of an error frame or an HTTP error body; clients branch on it, users read the message. */
public enum ErrorCode {
    BAD_REQUEST, TOO_LARGE, RATE_LIMITED, UNKNOWN_SESSION, HELLO_REQUIRED, UNKNOWN_UPLOAD, UNSUPPORTED_TYPE,
    INTERNAL_ERROR, CONTINUATION_REFUSED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
