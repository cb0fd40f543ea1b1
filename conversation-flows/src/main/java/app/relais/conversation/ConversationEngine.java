package app.relais.conversation;

/**
 * The one entry point of the engine. One call per inbound event; the conversation is persisted
 * before the call returns, so a reply that reached the user is never lost by a crash. Events of
 * one conversation are handled one at a time; different conversations run in parallel.
 */
public interface ConversationEngine {

    Replies handle(Inbound inbound);
}
