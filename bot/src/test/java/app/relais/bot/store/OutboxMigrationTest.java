package app.relais.bot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.relais.conversation.Author;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.Dispatch;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Messages that waited in the hand-off's old outbox table are still owed after the upgrade. */
class OutboxMigrationTest {

    @Test
    void messagesWaitingInTheOldOutboxAreOwedFromTheConversationLog() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        migrate(h2, "14");
        JdbcTemplate jdbc = new JdbcTemplate(h2);
        Timestamp at = Timestamp.from(Instant.parse("2026-11-21T08:00:00Z"));
        jdbc.update("insert into outbox (conversation_key, agent_name, text, at) values (?, ?, ?, ?)",
                "web:away", null, "Camille de l’équipe prend votre demande et vous répond ici.", at);
        jdbc.update("insert into outbox (conversation_key, agent_name, text, at) values (?, ?, ?, ?)",
                "web:away", "Camille", "Votre colis part demain.", at);

        migrate(h2, "latest");

        GroupCommit writes = new GroupCommit(h2);
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);
        JdbcOutbox outbox = new JdbcOutbox(jdbc, writes, new JdbcFileStore(jdbc, writes, clock), clock);
        assertThat(outbox.owed(new ConversationKey("web", "away"), 0))
                .extracting(Dispatch::author, Dispatch::name, d -> d.replies().get(0).text())
                .containsExactly(tuple(Author.BOT, null, "Camille de l’équipe prend votre demande et vous répond ici."),
                        tuple(Author.AGENT, "Camille", "Votre colis part demain."));
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name = 'outbox'",
                Integer.class)).isZero();
        writes.close();
    }

    private static void migrate(DataSource dataSource, String target) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load().migrate();
    }
}
