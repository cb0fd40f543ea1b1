package app.relais.bot.store;

import app.relais.cluster.ClusterBus;
import app.relais.cluster.LocalClusterBus;
import app.relais.core.RelaisCore;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The durable stores behind the engine; the DataSource and Flyway come from Spring Boot's configuration. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PersistenceConfiguration {

    @Bean
    JdbcConversationStore jdbcConversationStore(JdbcTemplate jdbc) {
        return new JdbcConversationStore(jdbc);
    }

    /** The store the engine uses; the plain JDBC one is only for jobs that need to query it. */
    @Bean
    @Primary
    CachedConversationStore conversationStore(JdbcConversationStore durable, StoreProperties properties) {
        return new CachedConversationStore(durable, properties.cacheSize(), properties.cacheIdle());
    }

    @Bean
    JdbcFileStore jdbcFileStore(JdbcTemplate jdbc, Clock clock) {
        return new JdbcFileStore(jdbc, clock);
    }

    /** LISTEN/NOTIFY when instances share a PostgreSQL; in-process signals on the embedded database. */
    @Bean
    ClusterBus clusterBus(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return new PostgresClusterBus(dataSource);
            }
        }
        return new LocalClusterBus();
    }

    @Bean
    JdbcReminderStore reminderStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return new JdbcReminderStore(jdbc, new TransactionTemplate(transactions));
    }

    @Bean
    RetentionJob retentionJob(JdbcConversationStore conversations, JdbcFileStore files, RelaisCore core, Clock clock,
                              StoreProperties properties) {
        return new RetentionJob(conversations, files, core, clock, Duration.ofDays(properties.retentionDays()));
    }
}
