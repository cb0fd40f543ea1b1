package app.relais.testing;

import app.relais.catalog.LocalizedText;
import app.relais.handoff.Agent;
import app.relais.handoff.AgentDesk;
import app.relais.handoff.Ticket;
import app.relais.handoff.TicketMessage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An agent desk that writes down what agents would be shown, for hand-off tests. */
public final class RecordingAgentDesk implements AgentDesk {

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final List<Ticket> opened = new CopyOnWriteArrayList<>();

    @Override
    public void ticketOpened(Ticket ticket, List<TicketMessage> transcript) {
        opened.add(ticket);
        events.add("opened " + ticket.id());
    }

    @Override
    public void ticketTaken(Ticket ticket) {
        events.add("taken " + ticket.id() + " by " + ticket.agent());
    }

    @Override
    public void customerWrote(Ticket ticket, String text) {
        events.add("customer " + ticket.id() + ": " + text);
    }

    @Override
    public void agentWrote(Ticket ticket, Agent agent, String text) {
        events.add("agent " + ticket.id() + " " + agent.name() + ": " + text);
    }

    @Override
    public void ticketClosed(Ticket ticket, Agent by) {
        events.add("closed " + ticket.id());
    }

    @Override
    public void notice(LocalizedText text) {
        events.add("notice: " + text.fr());
    }

    public List<String> events() {
        return List.copyOf(events);
    }

    public List<Ticket> opened() {
        return List.copyOf(opened);
    }

    public Ticket lastOpened() {
        if (opened.isEmpty()) {
            throw new AssertionError("no ticket was opened");
        }
        return opened.get(opened.size() - 1);
    }
}
