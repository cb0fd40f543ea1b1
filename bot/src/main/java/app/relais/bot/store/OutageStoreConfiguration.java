package app.relais.bot.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The durable stores of outage mode and hand-off: incidents, tickets, the business profile, the
 * FAQ and the activity the incident reports count.
 */
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

    @Bean
    JdbcProfileStore profileStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return new JdbcProfileStore(jdbc, new TransactionTemplate(transactions));
    }

    @Bean
    JdbcFaqStore faqStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return new JdbcFaqStore(jdbc, new TransactionTemplate(transactions));
    }

    @Bean
    JdbcActivityLog activityLog(JdbcTemplate jdbc) {
        return new JdbcActivityLog(jdbc);
    }
}
