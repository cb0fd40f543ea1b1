package app.relais.store;

import app.relais.conversation.ConversationKey;
import java.util.List;

/**
 * A conversation's transcript, as the agent desk shows it: every message of the person, the bot
 * and the team, from the same stored turns the channels send replies from. Kept as long as the
 * conversation (erased by /forget and by retention).
 */
public interface ConversationLog {

    /** The conversation's messages, oldest first; empty for an unknown or erased conversation. */
    List<LogEntry> entries(ConversationKey key);
}
