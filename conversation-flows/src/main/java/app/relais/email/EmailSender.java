package app.relais.email;

/**
 * Sends emails (the application: SMTP through Spring's mail settings). Whether it can is decided
 * when the application runs; when it cannot, Relais never offers a reminder by email.
 */
public interface EmailSender {

    /** No way to send emails: nothing is offered, nothing is sent. */
    EmailSender NONE = new EmailSender() {
        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public String unsubscribeUrl(String token, String language) {
            throw new IllegalStateException("emails are off");
        }

        @Override
        public void send(Email email) {
            throw new IllegalStateException("emails are off");
        }
    };

    boolean enabled();

    /**
     * The absolute address that unsubscribes {@code token} in one click (a POST, RFC 8058); its
     * page speaks {@code language} even once no email is left to tell it.
     */
    String unsubscribeUrl(String token, String language);

    /** Sends now; throws when the mail server refused it or could not be reached. */
    void send(Email email);
}
