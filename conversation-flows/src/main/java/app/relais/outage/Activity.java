package app.relais.outage;

import app.relais.conversation.ConversationKey;
import java.time.Instant;
import java.util.Objects;

/**
 * One thing that happened on the business's side, kept for the incident reports: a visitor's
 * first words routed ({@code VISIT}, ref = business|platform|human), a hand-off ({@code HANDOFF},
 * ref = ticket), an agent's first answer to it ({@code FIRST_ANSWER}, seconds after the ticket
 * opened), an FAQ answer given ({@code FAQ_HIT}, ref = entry id) or a question the FAQ did not
 * answer ({@code FAQ_MISS}, detail = the question as typed). Only a miss holds what a person
 * wrote; {@code conversation} lets /forget and retention erase it, the count staying.
 */
public record Activity(Instant at, Kind kind, String channel, String ref, Long seconds, String detail,
                       ConversationKey conversation) {

    public static final int DETAIL_MAX = 300;

    public enum Kind {
        VISIT, HANDOFF, FIRST_ANSWER, FAQ_HIT, FAQ_MISS
    }

    public Activity {
        Objects.requireNonNull(at);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(channel);
        if (detail != null && detail.length() > DETAIL_MAX) {
            detail = detail.substring(0, DETAIL_MAX - 1) + "…";
        }
    }
}
