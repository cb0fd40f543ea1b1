package app.relais.bot.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** The application's own meters; names are documented in docs/operations.md. */
final class RelaisMeters {

    static final String MESSAGES_IN = "relais.messages.in";
    static final String MESSAGES_OUT = "relais.messages.out";
    static final String REPLY_LATENCY = "relais.reply.latency";
    static final String ACTIVE_CONVERSATIONS = "relais.conversations.active";
    static final String DRAFTS_DELIVERED = "relais.drafts.delivered";
    static final String HANDOFFS_OPENED = "relais.handoffs.opened";

    /** Bucket bounds worth alerting on: the 25 ms p99 target of issue 9, and what a user notices. */
    private static final Duration[] SLOS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofSeconds(1)};

    private final MeterRegistry registry;

    RelaisMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    Counter messagesIn(String channel) {
        return Counter.builder(MESSAGES_IN).description("Messages received from users (text, buttons, files, commands)")
                .tag("channel", channel).register(registry);
    }

    Counter messagesOut(String channel) {
        return Counter.builder(MESSAGES_OUT).description("Replies the engine sent back to users")
                .tag("channel", channel).register(registry);
    }

    Timer replyLatency(String channel) {
        return Timer.builder(REPLY_LATENCY).description("Time from a received message to the engine's replies, saved")
                .tag("channel", channel).publishPercentileHistogram().serviceLevelObjectives(SLOS)
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(5))
                .register(registry);
    }

    Counter draftsDelivered(String channel) {
        return Counter.builder(DRAFTS_DELIVERED).description("Support requests approved and handed to the user to send")
                .tag("channel", channel).register(registry);
    }

    Counter handoffsOpened(String channel) {
        return Counter.builder(HANDOFFS_OPENED).description("Tickets opened for a human agent")
                .tag("channel", channel).register(registry);
    }
}
