package app.relais.handoff;

/** OPEN: waiting for an agent; TAKEN: an agent owns the conversation; CLOSED: handed back to the bot. */
public enum TicketStatus {
    OPEN, TAKEN, CLOSED
}
