package app.relais.handoff;

import java.time.Instant;

/** One line of a ticket's conversation, as the agent inbox shows it. */
public record TicketMessage(String ticketId, Instant at, Author author, String name, String text) {

    public enum Author {
        CUSTOMER, AGENT, BOT
    }
}
