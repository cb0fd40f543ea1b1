package app.relais.bot.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The durable stores of outage mode and hand-off: incidents, tickets. */
@Configuration(proxyBeanMethods = false)
class OutageStoreConfiguration {

    @Bean
    JdbcIncidentStore incidentStore(JdbcTemplate jdbc) {
        return new JdbcIncidentStore(jdbc);
    }

    @Bean
    JdbcTicketStore ticketStore(JdbcTemplate jdbc) {
        return new JdbcTicketStore(jdbc);
    }
}
