package app.relais.outage;

import app.relais.catalog.LocalizedText;
import app.relais.handoff.Agent;
import app.relais.handoff.AgentDesk;
import app.relais.handoff.Ticket;
import app.relais.handoff.TicketMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Takes note of hand-offs and of each ticket's first answer by an agent, for the incident reports:
 * a desk like the agents' ones, that only listens.
 */
public final class ActivityDesk implements AgentDesk {

    private final ActivityLog log;
    private final Clock clock;

    public ActivityDesk(ActivityLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void ticketOpened(Ticket ticket, List<TicketMessage> transcript) {
        log.record(new Activity(ticket.openedAt(), Activity.Kind.HANDOFF, ticket.conversation().channel(), ticket.id(),
                null, null, null));
    }

    @Override
    public void agentAnswered(Ticket ticket, boolean first) {
        if (first) {
            long seconds = Math.max(0, Duration.between(ticket.openedAt(), clock.instant()).toSeconds());
            log.record(new Activity(clock.instant(), Activity.Kind.FIRST_ANSWER, ticket.conversation().channel(),
                    ticket.id(), seconds, null, null));
        }
    }

    @Override
    public void customerWrote(Ticket ticket, String text) {
    }

    @Override
    public void ticketClosed(Ticket ticket, Agent by) {
    }

    @Override
    public void notice(LocalizedText text) {
    }
}
