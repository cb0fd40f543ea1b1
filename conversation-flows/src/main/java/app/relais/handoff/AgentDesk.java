package app.relais.handoff;

import app.relais.catalog.LocalizedText;
import java.util.List;

/**
 * Where human agents work. Relais tells every desk about tickets and customers' messages; agents
 * act back through {@link Handoff#take}, {@link Handoff#reply} and {@link Handoff#close}.
 * Implementations: the Telegram agents group (posts the summary with "take"/"close" buttons,
 * maps a reply in the group to {@code Handoff.reply}), and the agent desk at {@code /admin/}.
 */
public interface AgentDesk {

    /** A new ticket: show it with its summary and the way to take it. */
    void ticketOpened(Ticket ticket, List<TicketMessage> transcript);

    /** An agent took the ticket, or took it over ({@link Ticket#agentId()} says who; other desks may mark it as taken). */
    default void ticketTaken(Ticket ticket) {
    }

    /** An agent answered the customer; {@code first} for the ticket's first answer (its response time). */
    default void agentAnswered(Ticket ticket, boolean first) {
    }

    /** The customer wrote while the ticket is open or taken. */
    void customerWrote(Ticket ticket, String text);

    /** An agent answered the customer, from whichever desk (the others may show it). */
    default void agentWrote(Ticket ticket, Agent agent, String text) {
    }

    /** The ticket is closed by {@code by}; the bot speaks again. */
    void ticketClosed(Ticket ticket, Agent by);

    /**
     * A message for the whole team (no agent answered a ticket in time, an outage update is due),
     * in French and English: each desk shows it in its team's language.
     */
    void notice(LocalizedText text);
}
