package app.relais.bot.messenger;

import app.relais.conversation.ConversationEngine;
import app.relais.testing.TestRelais;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * The fake Graph API, a whole engine in memory and the real adapter (real HTTP client) pointed at
 * the fake, as {@code RELAIS_MESSENGER_API_URL} would point it, sending from the engine's outbox. Pacing is off unless a test turns
 * it on, and the order window is zero unless a test sets one: journeys would otherwise wait.
 */
final class MessengerHarness implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    final FakeGraphApi graph;
    final TestRelais relais;
    final MessengerAdapter adapter;
    private long posted;

    MessengerHarness() throws Exception {
        this(Duration.ZERO, UnaryOperator.identity());
    }

    MessengerHarness(Duration orderWindow, UnaryOperator<MessengerAdapter.Builder> options) throws Exception {
        this(new FakeGraphApi(), new TestRelais(), orderWindow, options, engine -> engine);
    }

    MessengerHarness(FakeGraphApi graph, TestRelais relais, Duration orderWindow,
                     UnaryOperator<MessengerAdapter.Builder> options, UnaryOperator<ConversationEngine> engine) {
        this.graph = graph;
        this.relais = relais;
        adapter = options.apply(MessengerAdapter.builder(properties(graph, orderWindow),
                        engine.apply(relais.core().engine()), relais.core().intake(), relais.core().files())
                .sendGate(app.relais.bot.channel.SendGate.OPEN)
                .outbox(relais.core().outbox())
                .clock(relais.clock()))
                .build();
        // Messages written outside a turn (a reminder, an agent's answer) reach Messenger through it.
        relais.core().registerGateway(adapter.gateway());
        adapter.start();
    }

    static MessengerProperties properties(FakeGraphApi graph, Duration orderWindow) {
        return new MessengerProperties(FakeGraphApi.PAGE_TOKEN, FakeGraphApi.APP_SECRET, FakeGraphApi.VERIFY_TOKEN,
                graph.url(), FakeGraphApi.VERSION, 5, Duration.ofMinutes(2), Duration.ofMinutes(5), orderWindow,
                null, "messenger", Duration.ofMinutes(1));
    }

    MessengerPerson person(String psid) {
        return new MessengerPerson(new MessengerPerson.Line() {
            @Override
            public FakeGraphApi graph() {
                return graph;
            }

            @Override
            public void post(byte[] body) throws InterruptedException {
                MessengerHarness.this.post(body);
                awaitQuiet();
            }

            @Override
            public long now() {
                return relais.clock().instant().toEpochMilli();
            }
        }, psid);
    }

    /** Posts a body as the controller would after checking its signature; returns the events it held. */
    synchronized int post(byte[] body) {
        int events = adapter.receive(body);
        posted += events;
        return events;
    }

    /** Waits until every event posted so far has been handled (answered, skipped or failed). */
    void awaitQuiet() throws InterruptedException {
        long expected;
        synchronized (this) {
            expected = posted;
        }
        if (!adapter.awaitSettled(expected, PATIENCE)) {
            throw new AssertionError("only " + adapter.settledCount() + " of " + expected + " events handled");
        }
    }

    @Override
    public void close() {
        adapter.close();
        graph.close();
    }
}
