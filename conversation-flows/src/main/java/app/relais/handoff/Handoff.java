package app.relais.handoff;

import app.relais.catalog.LocalizedText;
import app.relais.conversation.ConversationKey;
import app.relais.i18n.Messages;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Tickets from the customer's request to the agent's last word. Customers' side: {@link #open},
 * {@link #customerWrote}. Agents' side (Telegram group, admin page): {@link #take},
 * {@link #reply}, {@link #close}. The application calls {@link #remindWaiting} periodically.
 */
public final class Handoff {

    private static final char[] ID_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TicketStore tickets;
    private final Delivery delivery;
    private final List<AgentDesk> desks = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final HandoffSettings settings;
    private final Supplier<String> email;
    private final Clock clock;

    /** {@code email}: the business's address offered to a customer no agent answered, null when it has none. */
    public Handoff(TicketStore tickets, Delivery delivery, List<AgentDesk> desks, HandoffSettings settings,
                   Supplier<String> email, Clock clock) {
        this.tickets = tickets;
        this.delivery = delivery;
        this.desks.addAll(desks);
        this.settings = settings;
        this.email = email;
        this.clock = clock;
    }

    /** Adds a place where agents work (the Telegram agents group registers itself at start). */
    public void addDesk(AgentDesk desk) {
        desks.add(desk);
    }

    public TicketStore tickets() {
        return tickets;
    }

    public HandoffSettings settings() {
        return settings;
    }

    public Optional<Ticket> activeFor(ConversationKey conversation) {
        return tickets.activeFor(conversation);
    }

    /** Opens a ticket for a conversation, or returns the one already active. */
    public Ticket open(ConversationKey conversation, String language, String name, String contact, String question,
                       String summary) {
        Optional<Ticket> active = tickets.activeFor(conversation);
        if (active.isPresent()) {
            return active.get();
        }
        Ticket ticket = new Ticket(newId(), conversation, TicketStatus.OPEN, language, name, contact, question, summary,
                null, null, clock.instant(), null, null, null);
        tickets.save(ticket);
        if (question != null) {
            tickets.append(new TicketMessage(ticket.id(), ticket.openedAt(), TicketMessage.Author.CUSTOMER, name, question));
        }
        List<TicketMessage> transcript = tickets.messages(ticket.id());
        desks.forEach(d -> d.ticketOpened(ticket, transcript));
        return ticket;
    }

    public void customerWrote(Ticket ticket, String text) {
        tickets.append(new TicketMessage(ticket.id(), clock.instant(), TicketMessage.Author.CUSTOMER, ticket.name(), text));
        desks.forEach(d -> d.customerWrote(ticket, text));
    }

    /**
     * An agent takes the ticket, or takes it over from another agent: from now on the bot is
     * silent in that conversation and the customer is told who answers.
     */
    public Ticket take(String ticketId, Agent agent) {
        Ticket ticket = require(ticketId);
        if (ticket.takenBy(agent)) {
            return ticket;
        }
        Ticket taken = ticket.taken(agent, clock.instant());
        tickets.save(taken);
        String said = Messages.of(taken.language()).get("handoff.taken", agent.name());
        tickets.append(new TicketMessage(ticketId, clock.instant(), TicketMessage.Author.BOT, null, said));
        delivery.fromBot(taken.conversation(), said);
        desks.forEach(d -> d.ticketTaken(taken));
        return taken;
    }

    public Ticket take(String ticketId, String agentName) {
        return take(ticketId, Agent.named(agentName));
    }

    /**
     * An agent's answer reaches the customer now, or when they come back. Taking a waiting ticket
     * is implied; a ticket another agent owns must be taken over first ({@link #take}), so two
     * agents never answer one customer at cross purposes.
     */
    public Ticket reply(String ticketId, Agent agent, String text) {
        Ticket ticket = require(ticketId);
        if (ticket.status() == TicketStatus.TAKEN && !ticket.takenBy(agent)) {
            throw new TakenByAnotherAgentException(ticket);
        }
        if (ticket.status() != TicketStatus.TAKEN) {
            ticket = take(ticketId, agent);
        }
        boolean first = tickets.messages(ticketId).stream().noneMatch(m -> m.author() == TicketMessage.Author.AGENT);
        tickets.append(new TicketMessage(ticketId, clock.instant(), TicketMessage.Author.AGENT, agent.name(), text));
        delivery.fromAgent(ticket.conversation(), ticket.language(), agent.name(), text);
        Ticket answered = ticket;
        desks.forEach(d -> {
            d.agentWrote(answered, agent, text);
            d.agentAnswered(answered, first);
        });
        return ticket;
    }

    public Ticket reply(String ticketId, String agentName, String text) {
        return reply(ticketId, Agent.named(agentName), text);
    }

    /** The agent hands the conversation back to the bot, which says so; the history is kept. */
    public Ticket close(String ticketId, Agent agent) {
        Ticket ticket = require(ticketId);
        Ticket closed = ticket.closed(clock.instant());
        tickets.save(closed);
        String said = Messages.of(closed.language()).get("handoff.closed");
        tickets.append(new TicketMessage(ticketId, clock.instant(), TicketMessage.Author.BOT, agent.name(), said));
        delivery.fromBot(closed.conversation(), said);
        desks.forEach(d -> d.ticketClosed(closed, agent));
        return closed;
    }

    public Ticket close(String ticketId, String agentName) {
        return close(ticketId, Agent.named(agentName));
    }

    /**
     * Tells each customer whose ticket no agent took within {@code agentWait} the expected delay
     * and the email address, once, and tells the team. Returns how many were told.
     */
    public int remindWaiting() {
        Instant limit = clock.instant().minus(settings.agentWait());
        int told = 0;
        for (Ticket ticket : tickets.active()) {
            if (ticket.status() == TicketStatus.OPEN && ticket.waitNoticeAt() == null && !ticket.openedAt().isAfter(limit)) {
                Messages texts = Messages.of(ticket.language());
                String address = email.get();
                String said = address == null
                        ? texts.get("handoff.no-agent.no-email", duration(settings.expectedReply(), texts))
                        : texts.get("handoff.no-agent", duration(settings.expectedReply(), texts), address);
                tickets.save(ticket.waitNoticed(clock.instant()));
                tickets.append(new TicketMessage(ticket.id(), clock.instant(), TicketMessage.Author.BOT, null, said));
                delivery.fromBot(ticket.conversation(), said);
                notice(new LocalizedText(unanswered(ticket, Messages.of("fr")), unanswered(ticket, Messages.of("en"))));
                told++;
            }
        }
        return told;
    }

    private String unanswered(Ticket ticket, Messages texts) {
        return texts.get("handoff.desk.unanswered", ticket.id(), duration(settings.agentWait(), texts));
    }

    /** Sends a message to every desk (an outage update is due...), in both of the team's languages. */
    public void notice(LocalizedText text) {
        desks.forEach(d -> d.notice(text));
    }

    /** Erases a conversation's tickets (/forget); its messages go with the conversation's outbox. */
    public void erase(ConversationKey conversation) {
        tickets.deleteFor(conversation);
    }

    static String duration(Duration d, Messages texts) {
        long minutes = d.toMinutes();
        if (minutes >= 60 && minutes % 60 == 0) {
            return texts.get("handoff.hours", minutes / 60);
        }
        return texts.get("handoff.minutes", minutes);
    }

    private Ticket require(String ticketId) {
        Ticket ticket = tickets.find(ticketId).orElseThrow(() -> new UnknownTicketException(ticketId));
        if (ticket.status() == TicketStatus.CLOSED) {
            throw new TicketClosedException(ticketId);
        }
        return ticket;
    }

    private static String newId() {
        StringBuilder id = new StringBuilder("T-");
        for (int i = 0; i < 6; i++) {
            id.append(ID_CHARS[RANDOM.nextInt(ID_CHARS.length)]);
        }
        return id.toString();
    }

    /** No ticket has this id. */
    public static final class UnknownTicketException extends RuntimeException {
        public UnknownTicketException(String id) {
            super("no ticket " + id);
        }
    }

    /** Another agent owns the ticket: take it over explicitly before answering. */
    public static final class TakenByAnotherAgentException extends RuntimeException {
        private final transient Ticket ticket;

        public TakenByAnotherAgentException(Ticket ticket) {
            super("ticket " + ticket.id() + " is taken by " + ticket.agent());
            this.ticket = ticket;
        }

        public Ticket ticket() {
            return ticket;
        }
    }

    /** The ticket was closed already: open a new one rather than writing into an old one. */
    public static final class TicketClosedException extends RuntimeException {
        public TicketClosedException(String id) {
            super("ticket " + id + " is closed");
        }
    }
}
