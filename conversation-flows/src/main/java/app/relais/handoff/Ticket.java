package app.relais.handoff;

import app.relais.conversation.ConversationKey;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer's request for a human. {@code name}, {@code contact} and {@code question} come from
 * the request form (null when the customer just asked for a human); {@code summary} is what the
 * bot collected before (the flow's dossier). {@code waitNoticeAt} is when the customer was told
 * no agent had answered yet (null until then). {@code agent} is the name the customer sees of
 * the agent who took it, {@code agentId} who that agent is ({@link Agent#id()}).
 */
public record Ticket(String id, ConversationKey conversation, TicketStatus status, String language,
                     String name, String contact, String question, String summary, String agent, String agentId,
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

    /** Whether {@code agent} owns the ticket: taken, and by them. */
    public boolean takenBy(Agent agent) {
        return status == TicketStatus.TAKEN && agent.id().equals(agentId);
    }

    Ticket taken(Agent by, Instant at) {
        return new Ticket(id, conversation, TicketStatus.TAKEN, language, name, contact, question, summary, by.name(),
                by.id(), openedAt, at, null, waitNoticeAt);
    }

    Ticket closed(Instant at) {
        return new Ticket(id, conversation, TicketStatus.CLOSED, language, name, contact, question, summary, agent,
                agentId, openedAt, takenAt, at, waitNoticeAt);
    }

    Ticket waitNoticed(Instant at) {
        return new Ticket(id, conversation, status, language, name, contact, question, summary, agent,
                agentId, openedAt, takenAt, closedAt, at);
    }
}
