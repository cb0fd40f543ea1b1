package app.relais.bot.ops;

import app.relais.testing.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Time the tests move (the rate limit's window, the active-conversation window); shared by both operations tests. */
@TestConfiguration(proxyBeanMethods = false)
class OpsClock {

    @Bean
    @Primary
    MutableClock clock() {
        return MutableClock.at("2026-11-21T20:00:00Z");
    }
}
