package app.relais.bot.messenger;

import java.time.Duration;
import java.time.Instant;

/**
 * Messenger's rules on when a Page may write: within 24 hours of the person's last message, any
 * reply ({@code RESPONSE}, or {@code UPDATE} for the bot's own news); after that, for 7 days, only
 * an agent's reply, tagged {@code HUMAN_AGENT}; after that nothing until the person writes again.
 */
final class SendWindow {

    static final Duration STANDARD = Duration.ofHours(24);
    static final Duration HUMAN_AGENT = Duration.ofDays(7);

    private SendWindow() {
    }

    /** How the reply may go out now; null when it must wait for the person's next message. */
    static SendApi.Delivery decide(PendingReplies.Kind kind, Instant lastMessageAt, Instant now) {
        if (lastMessageAt == null) {
            return null;
        }
        if (now.isBefore(lastMessageAt.plus(STANDARD))) {
            return kind == PendingReplies.Kind.UPDATE ? SendApi.Delivery.UPDATE : SendApi.Delivery.RESPONSE;
        }
        if (kind == PendingReplies.Kind.AGENT && now.isBefore(lastMessageAt.plus(HUMAN_AGENT))) {
            return SendApi.Delivery.HUMAN_AGENT;
        }
        return null;
    }
}
