package app.relais.bot.messenger;

import app.relais.conversation.ConversationKey;
import app.relais.i18n.Messages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the team is told about Messenger sends (through the hand-off desks: the admin page and the
 * Telegram agents group, in French like the rest of the desk): a message Meta refused for good, a
 * reply waiting for the person to write again, and, to the administrators, a token or permission
 * Meta no longer accepts (at most every {@link #TOKEN_ALERT_EVERY}: every send fails the same way).
 */
final class TeamAlerts {

    static final Duration TOKEN_ALERT_EVERY = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(TeamAlerts.class);

    private final Consumer<String> team;
    private final Function<ConversationKey, Optional<String>> ticketOf;
    private final Clock clock;
    private Instant lastTokenAlert;

    TeamAlerts(Consumer<String> team, Function<ConversationKey, Optional<String>> ticketOf, Clock clock) {
        this.team = team;
        this.ticketOf = ticketOf;
        this.clock = clock;
    }

    void refused(ConversationKey key, SendFailure failure) {
        log.warn("a Messenger message for {} was refused ({}); not sent again", key, failure.summary());
        Messages fr = Messages.of("fr");
        tell(fr.get("messenger.desk.refused", who(key), fr.get(failure.reasonKey()), failure.summary()));
    }

    void held(ConversationKey key) {
        log.info("a Messenger message for {} waits for the person to write again (window closed)", key);
        tell(Messages.of("fr").get("messenger.desk.held", who(key)));
    }

    void token(SendFailure failure) {
        log.error("Meta refuses the page token or a permission ({}): check RELAIS_MESSENGER_PAGE_TOKEN and the app's"
                + " pages_messaging permission; replies wait meanwhile", failure.summary());
        Instant now = clock.instant();
        synchronized (this) {
            if (lastTokenAlert != null && now.isBefore(lastTokenAlert.plus(TOKEN_ALERT_EVERY))) {
                return;
            }
            lastTokenAlert = now;
        }
        tell(Messages.of("fr").get("messenger.desk.token", failure.summary()));
    }

    private String who(ConversationKey key) {
        Messages fr = Messages.of("fr");
        return ticketOf.apply(key).map(id -> fr.get("messenger.desk.ticket", id))
                .orElseGet(() -> fr.get("messenger.desk.conversation", key.asString()));
    }

    private void tell(String text) {
        try {
            team.accept(text);
        } catch (RuntimeException e) {
            log.warn("the team could not be told ({})", e.getClass().getName());
        }
    }
}
