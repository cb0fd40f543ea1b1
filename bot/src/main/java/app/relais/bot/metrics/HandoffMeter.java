package app.relais.bot.metrics;

import app.relais.catalog.LocalizedText;
import app.relais.handoff.Agent;
import app.relais.handoff.AgentDesk;
import app.relais.handoff.Ticket;
import app.relais.handoff.TicketMessage;
import java.util.List;

/** A desk no agent works at: it is told about every ticket like the others, and counts the new ones. */
final class HandoffMeter implements AgentDesk {

    private final RelaisMeters meters;

    HandoffMeter(RelaisMeters meters) {
        this.meters = meters;
    }

    @Override
    public void ticketOpened(Ticket ticket, List<TicketMessage> transcript) {
        meters.handoffsOpened(ticket.conversation().channel()).increment();
    }

    @Override
    public void customerWrote(Ticket ticket, String text) {
        // Traffic is counted by the engine's meter; nothing of the text is kept.
    }

    @Override
    public void ticketClosed(Ticket ticket, Agent by) {
        // Only openings are counted.
    }

    @Override
    public void notice(LocalizedText text) {
        // Notices are for people.
    }
}
