package app.relais.handoff;

import app.relais.conversation.ConversationKey;
import java.util.List;
import java.util.Optional;

/** Tickets and their messages (in memory for tests, a database in the app). */
public interface TicketStore {

    /** Inserts a new ticket or replaces a known one. */
    void save(Ticket ticket);

    Optional<Ticket> find(String id);

    /** The conversation's ticket that is not closed yet, if any (at most one). */
    Optional<Ticket> activeFor(ConversationKey conversation);

    /** Open and taken tickets, oldest first. */
    List<Ticket> active();

    /** The latest tickets whatever their status, newest first. */
    List<Ticket> recent(int limit);

    void append(TicketMessage message);

    List<TicketMessage> messages(String ticketId);

    /** Erases a conversation's tickets and messages (/forget). */
    void deleteFor(ConversationKey conversation);
}
