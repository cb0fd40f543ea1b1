package app.relais.handoff;

import app.relais.conversation.ConversationKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Tickets in maps: tests and single-process trials. */
public final class InMemoryTicketStore implements TicketStore {

    private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();
    private final Map<String, List<TicketMessage>> messages = new ConcurrentHashMap<>();

    @Override
    public void save(Ticket ticket) {
        tickets.put(ticket.id(), ticket);
    }

    @Override
    public Optional<Ticket> find(String id) {
        return Optional.ofNullable(tickets.get(id));
    }

    @Override
    public Optional<Ticket> activeFor(ConversationKey conversation) {
        return tickets.values().stream().filter(t -> t.active() && t.conversation().equals(conversation)).findFirst();
    }

    @Override
    public List<Ticket> active() {
        return tickets.values().stream().filter(Ticket::active).sorted(Comparator.comparing(Ticket::openedAt)).toList();
    }

    @Override
    public List<Ticket> recent(int limit) {
        return tickets.values().stream().sorted(Comparator.comparing(Ticket::openedAt).reversed()).limit(limit).toList();
    }

    @Override
    public void append(TicketMessage message) {
        messages.computeIfAbsent(message.ticketId(), id -> new CopyOnWriteArrayList<>()).add(message);
    }

    @Override
    public List<TicketMessage> messages(String ticketId) {
        return new ArrayList<>(messages.getOrDefault(ticketId, List.of()));
    }

    @Override
    public void deleteFor(ConversationKey conversation) {
        tickets.values().removeIf(t -> {
            boolean mine = t.conversation().equals(conversation);
            if (mine) {
                messages.remove(t.id());
            }
            return mine;
        });
    }
}
