package app.relais.bot.detection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/** The store of automatic incidents, the channels' monitors and their periodic check. */
@Configuration(proxyBeanMethods = false)
class DetectionConfiguration {

    @Bean
    JdbcAutoIncidents autoIncidents(JdbcTemplate jdbc) {
        return new JdbcAutoIncidents(jdbc);
    }

    @Bean
    OutageMonitors outageMonitors() {
        return new OutageMonitors();
    }

    @Bean
    MonitorTicks monitorTicks(OutageMonitors monitors) {
        return new MonitorTicks(monitors);
    }

    /** Ends automatic incidents whose channel has recovered, even when no send happens at that moment. */
    static final class MonitorTicks {

        private final OutageMonitors monitors;

        MonitorTicks(OutageMonitors monitors) {
            this.monitors = monitors;
        }

        @Scheduled(fixedDelayString = "${relais.detection.check-every:PT5S}")
        void run() {
            monitors.tick();
        }
    }
}
