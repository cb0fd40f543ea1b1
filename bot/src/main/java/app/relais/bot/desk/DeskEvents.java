package app.relais.bot.desk;

import app.relais.bot.accounts.Accounts;
import app.relais.catalog.LocalizedText;
import app.relais.cluster.ClusterBus;
import app.relais.handoff.Agent;
import app.relais.handoff.AgentDesk;
import app.relais.handoff.Ticket;
import app.relais.handoff.TicketMessage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The desk's live side. Whatever happens to a ticket, on whichever instance and through whichever
 * desk (a customer's message, a Telegram agent's answer, a take on the desk), becomes a small
 * signal on the cluster bus ({@code {"kind":"customer","ticket":"T-…"}}); every instance pushes it
 * to the agents signed in there, as a server-sent event. Pages then read what changed: events
 * carry no customer data, so a missed one costs nothing a reload does not give back (the page
 * reloads its list whenever its stream reconnects). Team notices travel the same way, and the
 * latest are kept for pages opened later.
 */
final class DeskEvents implements AgentDesk, AutoCloseable {

    static final String TOPIC = "desk";
    static final Duration STREAM_LIFE = Duration.ofMinutes(15);
    private static final int NOTICES_KEPT = 50;

    record Notice(Instant at, LocalizedText text) {
    }

    private final ClusterBus bus;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<Long, Set<SseEmitter>> streams = new ConcurrentHashMap<>();
    private final Deque<Notice> notices = new ArrayDeque<>();
    // Pushing to agents never holds up the customer's turn that caused it.
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "desk-events");
        thread.setDaemon(true);
        return thread;
    });

    DeskEvents(ClusterBus bus, Clock clock) {
        this.bus = bus;
        this.clock = clock;
        bus.subscribe(TOPIC, this::received);
        bus.subscribe(Accounts.SIGNED_OUT, this::signedOut);
    }

    // ---- what happens

    @Override
    public void ticketOpened(Ticket ticket, List<TicketMessage> transcript) {
        ticket("opened", ticket.id());
    }

    @Override
    public void ticketTaken(Ticket ticket) {
        ticket("taken", ticket.id());
    }

    @Override
    public void customerWrote(Ticket ticket, String text) {
        ticket("customer", ticket.id());
    }

    @Override
    public void agentWrote(Ticket ticket, Agent agent, String text) {
        ticket("agent", ticket.id());
    }

    @Override
    public void ticketClosed(Ticket ticket, Agent by) {
        ticket("closed", ticket.id());
    }

    @Override
    public void notice(LocalizedText text) {
        publish(Map.of("kind", "notice", "at", clock.instant().toString(), "fr", text.fr(), "en", text.en()));
    }

    /** A note added to a ticket. */
    void noted(String ticketId) {
        ticket("note", ticketId);
    }

    /** The canned answers changed. */
    void cannedChanged() {
        publish(Map.of("kind", "canned"));
    }

    private void ticket(String kind, String ticketId) {
        publish(Map.of("kind", kind, "ticket", ticketId));
    }

    private void publish(Map<String, String> event) {
        try {
            bus.publish(TOPIC, json.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    // ---- who listens

    /** A stream for one signed-in account; the page reconnects when it ends. */
    SseEmitter open(long accountId) {
        SseEmitter emitter = new SseEmitter(STREAM_LIFE.toMillis());
        Set<SseEmitter> own = streams.computeIfAbsent(accountId, id -> ConcurrentHashMap.newKeySet());
        own.add(emitter);
        Runnable forget = () -> own.remove(emitter);
        emitter.onCompletion(forget);
        emitter.onTimeout(forget);
        emitter.onError(e -> forget.run());
        try {
            emitter.send(SseEmitter.event().reconnectTime(2000).data("{\"kind\":\"hello\"}"));
        } catch (IOException e) {
            forget.run();
        }
        return emitter;
    }

    List<Notice> notices() {
        synchronized (notices) {
            return List.copyOf(notices);
        }
    }

    private void received(String payload) {
        try {
            JsonNode event = json.readTree(payload);
            if ("notice".equals(event.path("kind").asText())) {
                keep(new Notice(Instant.parse(event.path("at").asText()),
                        new LocalizedText(event.path("fr").asText(), event.path("en").asText())));
            }
        } catch (IOException | RuntimeException e) {
            return;
        }
        sender.execute(() -> streams.values().forEach(own -> own.forEach(emitter -> send(emitter, payload))));
    }

    private void keep(Notice notice) {
        synchronized (notices) {
            notices.addFirst(notice);
            while (notices.size() > NOTICES_KEPT) {
                notices.removeLast();
            }
        }
    }

    /** The account's sessions ended (disabled, new role, new password): so do its streams, everywhere. */
    private void signedOut(String accountId) {
        Set<SseEmitter> own;
        try {
            own = streams.get(Long.parseLong(accountId));
        } catch (NumberFormatException e) {
            return;
        }
        if (own != null) {
            sender.execute(() -> own.forEach(emitter -> {
                send(emitter, "{\"kind\":\"signed-out\"}");
                emitter.complete();
            }));
        }
    }

    /** Keeps idle streams open through proxies, and finds the ones whose page went away. */
    @Scheduled(fixedDelay = 25_000)
    void heartbeat() {
        sender.execute(() -> streams.values().forEach(own -> own.forEach(emitter -> {
            try {
                emitter.send(SseEmitter.event().comment("ping"));
            } catch (IOException | IllegalStateException e) {
                own.remove(emitter);
            }
        })));
    }

    private static void send(SseEmitter emitter, String payload) {
        try {
            emitter.send(SseEmitter.event().data(payload));
        } catch (IOException | IllegalStateException e) {
            emitter.completeWithError(e);
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
        streams.values().forEach(own -> own.forEach(SseEmitter::complete));
    }
}
