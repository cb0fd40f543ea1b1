package app.relais.bot.admin;

import app.relais.handoff.AgentDesk;
import app.relais.handoff.Ticket;
import app.relais.handoff.TicketMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The admin page's agent desk. The inbox itself reads the ticket store, which every instance
 * shares; this desk keeps the team notices (unanswered tickets, outage updates due, new tickets)
 * that the page shows, the latest first.
 */
final class AdminDesk implements AgentDesk {

    record Notice(Instant at, String text) {
    }

    private static final int KEPT = 100;

    private final Deque<Notice> notices = new ArrayDeque<>();
    private final Clock clock;

    AdminDesk(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void ticketOpened(Ticket ticket, List<TicketMessage> transcript) {
        add("Nouvelle demande " + ticket.id());
    }

    @Override
    public void customerWrote(Ticket ticket, String text) {
        add("Nouveau message sur " + ticket.id());
    }

    @Override
    public void ticketClosed(Ticket ticket) {
        add("Demande " + ticket.id() + " clôturée");
    }

    @Override
    public void notice(String text) {
        add(text);
    }

    synchronized List<Notice> notices() {
        return List.copyOf(notices);
    }

    private synchronized void add(String text) {
        notices.addFirst(new Notice(clock.instant(), text));
        while (notices.size() > KEPT) {
            notices.removeLast();
        }
    }
}
