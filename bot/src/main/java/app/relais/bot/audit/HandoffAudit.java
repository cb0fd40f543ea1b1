package app.relais.bot.audit;

import app.relais.catalog.LocalizedText;
import app.relais.handoff.Agent;
import app.relais.handoff.AgentDesk;
import app.relais.handoff.Ticket;
import app.relais.handoff.TicketMessage;
import java.util.List;

/**
 * The hand-off's agent actions in the audit log, from every desk: taken (or assigned), answered,
 * closed. Made from the admin API, they join that request's entry; made in the Telegram group,
 * they are written under the Telegram agent's identity. Only the length of an answer is kept: the
 * conversation itself is erased with the customer's data, the log is kept longer.
 */
public final class HandoffAudit implements AgentDesk {

    private final AuditLog log;

    public HandoffAudit(AuditLog log) {
        this.log = log;
    }

    @Override
    public void ticketOpened(Ticket ticket, List<TicketMessage> transcript) {
        // A customer's doing, not an agent's.
    }

    @Override
    public void ticketTaken(Ticket ticket) {
        log.record(Actor.of(new Agent(ticket.agentId(), ticket.agent())), "ticket.take", ticket.id(), ticket.agent());
    }

    @Override
    public void customerWrote(Ticket ticket, String text) {
        // A customer's doing, not an agent's.
    }

    @Override
    public void agentWrote(Ticket ticket, Agent agent, String text) {
        log.record(Actor.of(agent), "ticket.reply", ticket.id(), Integer.toString(text.length()));
    }

    @Override
    public void ticketClosed(Ticket ticket, Agent by) {
        log.record(Actor.of(by), "ticket.close", ticket.id(), null);
    }

    @Override
    public void notice(LocalizedText text) {
        // Notices change nothing.
    }
}
