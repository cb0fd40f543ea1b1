package app.relais.bot.messenger;

import app.relais.catalog.LocalizedText;
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
 * Telegram agents group, in French and English: each desk shows its agent's): a message Meta refused for good, a
 * reply waiting for the person to write again, and, to the administrators, a token or permission
 * Meta no longer accepts (at most every {@link #TOKEN_ALERT_EVERY}: every send fails the same way).
 */
final class TeamAlerts {

    static final Duration TOKEN_ALERT_EVERY = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(TeamAlerts.class);

    private final Consumer<LocalizedText> team;
    private final Function<ConversationKey, Optional<String>> ticketOf;
    private final Clock clock;
    private Instant lastTokenAlert;

    TeamAlerts(Consumer<LocalizedText> team, Function<ConversationKey, Optional<String>> ticketOf, Clock clock) {
        this.team = team;
        this.ticketOf = ticketOf;
        this.clock = clock;
    }

    void refused(ConversationKey key, SendFailure failure) {
        log.warn("a Messenger message for {} was refused ({}); not sent again", key, failure.summary());
        tell(texts -> texts.get("messenger.desk.refused", who(key, texts), texts.get(failure.reasonKey()),
                failure.summary()));
    }

    void held(ConversationKey key) {
        log.info("a Messenger message for {} waits for the person to write again (window closed)", key);
        tell(texts -> texts.get("messenger.desk.held", who(key, texts)));
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
        tell(texts -> texts.get("messenger.desk.token", failure.summary()));
    }

    private String who(ConversationKey key, Messages texts) {
        return ticketOf.apply(key).map(id -> texts.get("messenger.desk.ticket", id))
                .orElseGet(() -> texts.get("messenger.desk.conversation", key.asString()));
    }

    private void tell(Function<Messages, String> said) {
        try {
            team.accept(new LocalizedText(said.apply(Messages.of("fr")), said.apply(Messages.of("en"))));
        } catch (RuntimeException e) {
            log.warn("the team could not be told ({})", e.getClass().getName());
        }
    }
}
