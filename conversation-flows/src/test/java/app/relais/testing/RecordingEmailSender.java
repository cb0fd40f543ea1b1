package app.relais.testing;

import app.relais.email.Email;
import app.relais.email.EmailSender;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An {@link EmailSender} that keeps what it is given, for flow tests (the application's SMTP
 * sender is tested against a real SMTP server). Unsubscribe links point at {@code https://relais.test}.
 */
public final class RecordingEmailSender implements EmailSender {

    public static final String BASE = "https://relais.test/email/unsubscribe/";

    private final List<Email> sent = new CopyOnWriteArrayList<>();
    private volatile int failures;

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public String unsubscribeUrl(String token, String language) {
        return BASE + token + "?lang=" + language;
    }

    @Override
    public void send(Email email) {
        if (failures > 0) {
            failures--;
            throw new IllegalStateException("the mail server is down (a test said so)");
        }
        sent.add(email);
    }

    /** The next {@code count} sends fail, as with a mail server that is down. */
    public void failNext(int count) {
        failures = count;
    }

    public List<Email> sent() {
        return List.copyOf(sent);
    }
}
