package app.relais.outbox;

import app.relais.conversation.Author;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.Dispatch;
import app.relais.conversation.Reply;
import app.relais.store.ConversationLog;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The conversations' outbox, as channels use it. Turns are written into it by the conversation
 * store, with their snapshots ({@link app.relais.store.ConversationStore#save(app.relais.store.ConversationSnapshot,
 * app.relais.store.TurnRecord)}); everything else goes through here.
 */
public interface Outbox extends ConversationLog {

    /** The {@link app.relais.cluster.ClusterBus} topic that names a conversation with messages to send. */
    String SIGNAL = "outbox";

    /**
     * Commits a message the bot or an agent writes on its own ({@code name}: the agent's; {@code
     * language}: the conversation's, for channels that word an agent's message themselves).
     * Returns once it is durable.
     */
    Dispatch post(ConversationKey to, Author author, String name, String language, List<Reply> replies);

    /**
     * What the conversation is owed, oldest first: the replies the channel did not accept yet and,
     * when {@code seenUpTo} is not 0, the latest ones whose id is above it (what a client says it
     * showed last: a socket may take frames and die before they are shown). Each dispatch's
     * {@code sent} tells where to start.
     */
    List<Dispatch> owed(ConversationKey key, long seenUpTo);

    /**
     * Records that the channel accepted the first {@code count} replies of {@code dispatch}. Never
     * waits for the database: the write joins the next commit, and the stage completes once it is
     * durable (a crash before then sends those replies again).
     */
    CompletionStage<Void> sent(Dispatch dispatch, int count);

    /** Conversations of {@code channel} owed replies committed before {@code before}, at most {@code limit}. */
    List<ConversationKey> owing(String channel, Instant before, int limit);

    /** Erases the conversation's messages (/forget, retention). */
    void erase(ConversationKey key);
}
