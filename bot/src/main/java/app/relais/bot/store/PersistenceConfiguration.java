package app.relais.bot.store;

import app.relais.cluster.ClusterBus;
import app.relais.cluster.LocalClusterBus;
import app.relais.core.RelaisCore;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
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

    /** One writer per database: the hot-path writes of every conversation share its commits. */
    @Bean
    GroupCommit groupCommit(DataSource dataSource, MeterRegistry meters, StoreProperties properties) throws SQLException {
        DistributionSummary batches = DistributionSummary.builder("relais.store.commit.writes")
                .description("Writes committed together in one transaction").register(meters);
        GroupCommit.Housekeeping compaction = EmbeddedStoreCompaction.of(dataSource)
                .<GroupCommit.Housekeeping>map(embedded -> {
                    Gauge.builder("relais.store.file.fill", embedded, EmbeddedStoreCompaction::chunksFillRate)
                            .description("Share of live bytes in the embedded database file's chunks, in percent")
                            .register(meters);
                    return embedded;
                })
                .orElse(GroupCommit.Housekeeping.NONE);
        Timer durations = Timer.builder("relais.store.commit.duration")
                .description("Time to commit the writes of one transaction").publishPercentiles(0.5, 0.99, 0.999)
                .register(meters);
        GroupCommit writes = new GroupCommit(dataSource, properties.commitPace(), (count, nanos) -> {
            batches.record(count);
            durations.record(nanos, TimeUnit.NANOSECONDS);
        }, compaction);
        Gauge.builder("relais.store.commit.waiting", writes, GroupCommit::waiting)
                .description("Writes waiting for the next commit").register(meters);
        return writes;
    }

    /** The conversations' outbox and transcripts; turns are written into it with their snapshots. */
    @Bean
    JdbcOutbox outbox(JdbcTemplate jdbc, GroupCommit writes, JdbcFileStore files, Clock clock) {
        return new JdbcOutbox(jdbc, writes, files, clock);
    }

    @Bean
    JdbcConversationStore jdbcConversationStore(JdbcTemplate jdbc, GroupCommit writes, JdbcOutbox outbox) {
        return new JdbcConversationStore(jdbc, writes, outbox);
    }

    /** The store the engine uses; the plain JDBC one is only for jobs that need to query it. */
    @Bean
    @Primary
    CachedConversationStore conversationStore(JdbcConversationStore durable, StoreProperties properties) {
        return new CachedConversationStore(durable, properties.cacheSize(), properties.cacheIdle());
    }

    @Bean
    JdbcFileStore jdbcFileStore(JdbcTemplate jdbc, GroupCommit writes, Clock clock) {
        return new JdbcFileStore(jdbc, writes, clock);
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
    JdbcReminderStore reminderStore(JdbcTemplate jdbc, PlatformTransactionManager transactions, GroupCommit writes) {
        return new JdbcReminderStore(jdbc, new TransactionTemplate(transactions), writes);
    }

    /** Reminder emails due (web chat users who gave an address). */
    @Bean
    JdbcEmailReminderStore emailReminderStore(JdbcTemplate jdbc, GroupCommit writes) {
        return new JdbcEmailReminderStore(jdbc, writes);
    }

    @Bean
    RetentionJob retentionJob(JdbcConversationStore conversations, JdbcFileStore files, RelaisCore core, Clock clock,
                              StoreProperties properties) {
        return new RetentionJob(conversations, files, core, clock, Duration.ofDays(properties.retentionDays()));
    }
}
