/**
 * The engine's contract with the channels: what comes in ({@link app.relais.conversation.Inbound}),
 * what goes out ({@link app.relais.conversation.Reply}), and the one entry point
 * {@link app.relais.conversation.ConversationEngine#handle}. Channel adapters depend on this
 * package only; nothing here knows Telegram, HTTP or Spring.
 */
package app.relais.conversation;
