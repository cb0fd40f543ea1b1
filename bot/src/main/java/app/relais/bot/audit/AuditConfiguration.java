package app.relais.bot.audit;

import app.relais.core.RelaisCore;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The audit log, the hand-off's entries, and its daily clean-up (a year is kept). The
 * {@link AuditFilter} is not a bean (Spring Boot would put a filter bean in front of every
 * request): the admin API's security chain makes its own.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    static final Duration KEPT = Duration.ofDays(365);

    @Bean
    AuditLog auditLog(JdbcTemplate jdbc, Clock clock) {
        return new AuditLog(jdbc, clock);
    }

    /** Registered with the hand-off, so every desk's agent actions are written down, Telegram's included. */
    @Bean
    HandoffAudit handoffAudit(AuditLog log, RelaisCore core) {
        HandoffAudit audit = new HandoffAudit(log);
        core.handoff().addDesk(audit);
        return audit;
    }

    @Bean
    AuditRetention auditRetention(AuditLog log, Clock clock) {
        return new AuditRetention(log, clock);
    }

    /** Entries older than {@link #KEPT} go, once a day (idempotent: every instance may run it). */
    static final class AuditRetention {
        private final AuditLog log;
        private final Clock clock;

        AuditRetention(AuditLog log, Clock clock) {
            this.log = log;
            this.clock = clock;
        }

        @Scheduled(cron = "0 17 4 * * *")
        void purge() {
            log.purge(clock.instant().minus(KEPT));
        }
    }
}
