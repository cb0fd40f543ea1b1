package app.relais.bot.messenger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * What operators watch on the Messenger channel, at {@code /actuator/prometheus}: events received
 * (each {@code mid} once), messages delivered, failed sends by kind, replies held for a closed
 * window. Messages in and out of the engine are counted with the other channels'. Counts only: no
 * content, no person id.
 */
final class MessengerMetrics {

    private final Counter received;
    private final Counter duplicates;
    private final Counter sent;
    private final Counter held;
    private final Map<SendFailure.Kind, Counter> failures = new EnumMap<>(SendFailure.Kind.class);

    MessengerMetrics(MeterRegistry registry) {
        received = Counter.builder("relais.messenger.events.received")
                .description("Webhook events stored (each mid once)").register(registry);
        duplicates = Counter.builder("relais.messenger.events.duplicates")
                .description("Webhook events Meta delivered again, skipped").register(registry);
        sent = Counter.builder("relais.messenger.sent")
                .description("Messages and files the Send API accepted").register(registry);
        held = Counter.builder("relais.messenger.held")
                .description("Sends put off because the person's Messenger window is closed").register(registry);
        for (SendFailure.Kind kind : SendFailure.Kind.values()) {
            failures.put(kind, Counter.builder("relais.messenger.send.failures")
                    .tag("kind", kind.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .description("Send API calls that failed, by what Relais does about it").register(registry));
        }
    }

    void received() {
        received.increment();
    }

    void duplicate() {
        duplicates.increment();
    }

    void sent() {
        sent.increment();
    }

    void held() {
        held.increment();
    }

    void failed(SendFailure.Kind kind) {
        failures.get(kind).increment();
    }
}
