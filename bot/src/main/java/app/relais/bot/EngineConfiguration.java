package app.relais.bot;

import app.relais.conversation.ConversationEngine;
import app.relais.core.RelaisCore;
import app.relais.triage.Triage;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine as Spring beans: built by {@link RelaisCore}, exactly as tests and benchmarks build it. */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    RelaisCore relaisCore(Clock clock, RelaisProperties properties) {
        return RelaisCore.builder().clock(clock).zone(properties.zone()).build();
    }

    @Bean
    ConversationEngine conversationEngine(RelaisCore core) {
        return core.engine();
    }

    /** The triage the engine uses, trained once at start-up, shared with {@code GET /api/triage}. */
    @Bean
    Triage triage(RelaisCore core) {
        return core.triage();
    }
}
