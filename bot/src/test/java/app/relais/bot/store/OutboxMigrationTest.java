package app.relais.bot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.relais.conversation.Author;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.Dispatch;
import app.relais.conversation.Inbound;
import app.relais.conversation.Reply;
import app.relais.store.LogEntry;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the log held before an upgrade is still owed, shown and erased after it. */
class OutboxMigrationTest {

    @Test
    void messagesWaitingInTheOldOutboxAreOwedFromTheConversationLog() {
        JdbcDataSource h2 = Databases.emptyH2();
        migrate(h2, "42");
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

    @Test
    void theLogsRowsAreFoundThroughTheirConversationAfterItLosesItsIndexByConversation() {
        JdbcDataSource h2 = Databases.emptyH2();
        migrate(h2, "53");
        JdbcTemplate jdbc = new JdbcTemplate(h2);
        ConversationKey alive = new ConversationKey("web", "alive");
        ConversationKey gone = new ConversationKey("web", "gone");
        Timestamp at = Timestamp.from(Instant.parse("2026-11-21T08:00:00Z"));
        jdbc.update("insert into conversations (conversation_key, flow, state, data, version, updated_at, updated_on)"
                + " values (?, 'support-request', 'TRIAGE', '{}', 3, ?, ?)", alive.asString(), at, Date.valueOf("2026-11-21"));
        logRow(jdbc, alive, 1_000, "bonjour", "Bonjour !");
        logRow(jdbc, alive, 2_000, "compte piraté", "C’est bien Facebook ?");
        logRow(jdbc, alive, 2_501, null, "Camille prend votre demande.");
        logRow(jdbc, alive, 3_000, "oui", "Votre demande est prête.");
        logRow(jdbc, gone, 4_000, "au revoir", "À bientôt.");
        jdbc.update("insert into conversation_owed (conversation_key, id, sent, committed_at) values (?, 3000, 0, ?)",
                alive.asString(), at);

        migrate(h2, "latest");

        GroupCommit writes = new GroupCommit(h2);
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);
        JdbcOutbox outbox = new JdbcOutbox(jdbc, writes, new JdbcFileStore(jdbc, writes, clock), clock);
        assertThat(outbox.entries(alive)).extracting(LogEntry::text).containsExactly("bonjour", "Bonjour !",
                "compte piraté", "C’est bien Facebook ?", "Camille prend votre demande.", "oui", "Votre demande est prête.");
        assertThat(outbox.entries(gone)).extracting(LogEntry::text).containsExactly("au revoir", "À bientôt.");
        assertThat(outbox.owed(alive, 0)).extracting(d -> d.replies().get(0).text()).containsExactly("Votre demande est prête.");
        assertThat(outbox.owed(alive, 2_000 * Dispatch.PER_ROW)).extracting(d -> d.replies().get(0).text())
                .containsExactly("C’est bien Facebook ?", "Camille prend votre demande.", "Votre demande est prête.");

        outbox.erase(alive);
        outbox.erase(gone);
        assertThat(jdbc.queryForObject("select count(*) from conversation_log", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from conversation_log_listed", Integer.class)).isZero();
        writes.close();
    }

    private static void logRow(JdbcTemplate jdbc, ConversationKey key, long id, String person, String reply) {
        OutboxCodec codec = new OutboxCodec();
        jdbc.update("insert into conversation_log (conversation_key, id, at, author, name, language, person, replies,"
                        + " reply_count) values (?, ?, ?, 'BOT', null, 'fr', ?, ?, 1)", key.asString(), id,
                Timestamp.from(Instant.parse("2026-11-21T08:00:00Z").plusMillis(id)),
                person == null ? null : codec.person(new Inbound.Text(key, person, Locale.FRANCE)),
                codec.replies(List.of(Reply.text(reply))));
    }


    private static void migrate(DataSource dataSource, String target) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load().migrate();
    }
}
