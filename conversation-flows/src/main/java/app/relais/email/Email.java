package app.relais.email;

import java.util.Objects;

/**
 * One plain-text email to send: {@code language} ("fr", "en") is the language it is written in,
 * {@code unsubscribeUrl} the one-click address that stops every reminder to this address
 * (RFC 8058), already written in the text as well.
 */
public record Email(String to, String subject, String text, String language, String unsubscribeUrl) {

    public Email {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(unsubscribeUrl, "unsubscribeUrl");
    }
}
