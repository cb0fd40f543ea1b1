package app.relais.bot.messenger;

import app.relais.conversation.ConversationKey;
import app.relais.conversation.Reply;
import java.time.Instant;
import java.util.List;

/**
 * A person's replies that have not gone out yet, oldest first: they leave in order, and those the
 * platform could not take (an outage, a closed window) wait here until it can.
 */
interface PendingReplies {

    /**
     * Why a reply is sent, which decides how it may go out: {@code RESPONSE} answers the person,
     * {@code UPDATE} is the bot's own message (a reminder), {@code AGENT} is a person of the team's.
     */
    enum Kind {
        RESPONSE, UPDATE, AGENT
    }

    record Entry(long id, ConversationKey key, Reply reply, Kind kind, Instant at) {
    }

    void add(ConversationKey key, List<Reply> replies, Kind kind, Instant at);

    /** The replies still waiting for {@code key}, oldest first. */
    List<Entry> pending(ConversationKey key);

    void sent(long id);

    /** Drops everything waiting for {@code key} (/forget). */
    void erase(ConversationKey key);

    /** Every conversation of {@code channel} with replies waiting (to resume after a restart). */
    List<ConversationKey> waiting(String channel);
}
