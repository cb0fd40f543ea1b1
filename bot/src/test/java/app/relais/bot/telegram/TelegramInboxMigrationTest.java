package app.relais.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.bot.channel.Inbox;
import app.relais.bot.channel.JdbcInbox;
import app.relais.bot.store.Databases;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Updates Telegram's own inbox held before the upgrade (V55) are in the shared inbox after it. */
class TelegramInboxMigrationTest {

    private static final Instant T0 = Instant.parse("2026-11-21T09:00:00Z");

    @Test
    void pendingUpdatesAreTakenOverAfterTheUpgradeAndHandledOnesStillCountOnce() {
        JdbcDataSource h2 = Databases.emptyH2();
        migrate(h2, "54");
        JdbcTemplate jdbc = new JdbcTemplate(h2);
        Timestamp at = Timestamp.from(T0);
        jdbc.update("insert into telegram_inbox (update_id, chat_id, payload, received_at, claimed_by, claimed_at, handled_at)"
                + " values (900001, 5518273641, '{\"update_id\":900001}', ?, 'old', ?, ?)", at, at, at);
        jdbc.update("insert into telegram_inbox (update_id, chat_id, payload, received_at, claimed_by, claimed_at)"
                + " values (900002, 5518273641, '{\"update_id\":900002}', ?, 'old', ?)", at, at);
        jdbc.update("insert into telegram_inbox (update_id, chat_id, payload, received_at, claimed_by, claimed_at)"
                + " values (900003, null, '{\"update_id\":900003}', ?, 'old', ?)", at, at);

        migrate(h2, "latest");

        Inbox inbox = new JdbcInbox(jdbc, InboundMapper.CHANNEL);
        assertThat(inbox.store(new Inbox.Entry("900001", "5518273641", 900001, "{}", T0.plusSeconds(5)), "new"))
                .as("handled before the upgrade: a re-sent copy is skipped").isFalse();
        assertThat(inbox.takeOver("new", T0.plusSeconds(60), T0.plusSeconds(61)))
                .extracting(Inbox.Entry::id, Inbox.Entry::conversation, Inbox.Entry::position, Inbox.Entry::payload)
                .containsExactlyInAnyOrder(
                        org.assertj.core.api.Assertions.tuple("900002", "5518273641", 900002L, "{\"update_id\":900002}"),
                        org.assertj.core.api.Assertions.tuple("900003", null, 900003L, "{\"update_id\":900003}"));
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where lower(table_name) = 'telegram_inbox'",
                Integer.class)).isZero();
    }

    private static void migrate(DataSource dataSource, String target) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load().migrate();
    }
}
