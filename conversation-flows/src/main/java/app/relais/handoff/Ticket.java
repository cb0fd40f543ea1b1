package app.relais.handoff;

import app.relais.conversation.ConversationKey;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer's request for a human. {@code name}, {@code contact} and {@code question} come from
 * the request form (null when the customer just asked for a human); {@code summary} is what the
 * bot collected before (the flow's dossier). {@code waitNoticeAt} is when the customer was told
 * no agent had answered yet (null until then).
 */
public record Ticket(String id, ConversationKey conversation, TicketStatus status, String language,
                     String name, String contact, String question, String summary, String agent,
                     Instant openedAt, Instant takenAt, Instant closedAt, Instant waitNoticeAt) {

    public Ticket {
        Objects.requireNonNull(id);
        Objects.requireNonNull(conversation);
        Objects.requireNonNull(status);
        Objects.requireNonNull(openedAt);
        language = "en".equals(language) ? "en" : "fr";
    }

    public boolean active() {
        return status != TicketStatus.CLOSED;
    }

    Ticket taken(String agentName, Instant at) {
        return new Ticket(id, conversation, TicketStatus.TAKEN, language, name, contact, question, summary, agentName,
                openedAt, at, null, waitNoticeAt);
    }

    Ticket closed(Instant at) {
        return new Ticket(id, conversation, TicketStatus.CLOSED, language, name, contact, question, summary, agent,
                openedAt, takenAt, at, waitNoticeAt);
    }

    Ticket waitNoticed(Instant at) {
        return new Ticket(id, conversation, status, language, name, contact, question, summary, agent,
                openedAt, takenAt, closedAt, at);
    }
}
