package app.relais.bot.messenger;

import app.relais.conversation.Author;
import app.relais.conversation.Dispatch;
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

    /**
     * Why a reply is sent, which decides how it may go out: {@code RESPONSE} answers the person,
     * {@code UPDATE} is the bot's own message (a reminder), {@code AGENT} is a person of the team's.
     */
    enum Kind {
        RESPONSE, UPDATE, AGENT;

        /**
         * A dispatch's kind: an agent's message, a message the bot wrote on its own (stored with an
         * odd id, see {@link Dispatch}), or a turn's replies (even ids; 0, the answer to /forget).
         */
        static Kind of(Dispatch dispatch) {
            if (dispatch.author() == Author.AGENT) {
                return AGENT;
            }
            return dispatch.stored() && dispatch.id() % 2 != 0 ? UPDATE : RESPONSE;
        }
    }

    private SendWindow() {
    }

    /** How the reply may go out now; null when it must wait for the person's next message. */
    static SendApi.Delivery decide(Kind kind, Instant lastMessageAt, Instant now) {
        if (lastMessageAt == null) {
            return null;
        }
        if (now.isBefore(lastMessageAt.plus(STANDARD))) {
            return kind == Kind.UPDATE ? SendApi.Delivery.UPDATE : SendApi.Delivery.RESPONSE;
        }
        if (kind == Kind.AGENT && now.isBefore(lastMessageAt.plus(HUMAN_AGENT))) {
            return SendApi.Delivery.HUMAN_AGENT;
        }
        return null;
    }
}
