/**
 * The conversations' outbox, shared by every channel: a turn's replies are committed with the turn
 * (in the same transaction as its snapshot), a message the bot or an agent writes on its own is
 * committed before it is sent, and each channel sends them from there in order, marking each one
 * sent once the channel accepted it. Whatever crashes between the commit and the send, what a
 * conversation is owed goes out when the channel starts again or the person comes back.
 *
 * <p>A channel plugs in with an {@link app.relais.outbox.Outlet} (send one reply, say whether a
 * failure is worth trying again), an {@link app.relais.outbox.OutboxSender} that drives it, and an
 * {@link app.relais.conversation.OutboundGateway} registered with the core for messages written
 * outside a turn ({@link app.relais.outbox.Courier}). The same rows are the conversation's
 * transcript ({@link app.relais.store.ConversationLog}).
 */
package app.relais.outbox;
