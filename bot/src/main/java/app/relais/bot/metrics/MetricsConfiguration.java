package app.relais.bot.metrics;

import app.relais.conversation.ConversationEngine;
import app.relais.core.RelaisCore;
import app.relais.engine.TurnHook;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the meters around the engine: {@link EngineMetering} for the engine bean, a turn hook for
 * delivered drafts (given to {@link RelaisCore}'s builder) and a desk for hand-offs.
 */
@Configuration(proxyBeanMethods = false)
public class MetricsConfiguration {

    @Bean
    RelaisMeters relaisMeters(MeterRegistry registry) {
        return new RelaisMeters(registry);
    }

    @Bean
    ActiveConversations activeConversations(Clock clock, MeterRegistry registry) {
        ActiveConversations active = new ActiveConversations(clock);
        Gauge.builder(RelaisMeters.ACTIVE_CONVERSATIONS, active, ActiveConversations::count)
                .description("Conversations with a message in the last 15 minutes").register(registry);
        return active;
    }

    @Bean
    TurnHook draftMeter(RelaisMeters meters) {
        return new DraftMeter(meters);
    }

    @Bean
    EngineMetering engineMetering(RelaisMeters meters, ActiveConversations active) {
        return new EngineMetering(meters, active);
    }

    /** What the engine configuration applies to the engine and the core it builds. */
    public static final class EngineMetering {

        private final RelaisMeters meters;
        private final ActiveConversations active;

        EngineMetering(RelaisMeters meters, ActiveConversations active) {
            this.meters = meters;
            this.active = active;
        }

        /** {@code engine} (the core's, as every channel uses it) measured; hand-offs are counted from the core's desks. */
        public ConversationEngine meter(RelaisCore core, ConversationEngine engine) {
            core.handoff().addDesk(new HandoffMeter(meters));
            return new MeteredEngine(engine, meters, active);
        }
    }
}
