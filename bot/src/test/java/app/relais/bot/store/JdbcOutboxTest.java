package app.relais.bot.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.conversation.Author;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.Dispatch;
import app.relais.conversation.Inbound;
import app.relais.conversation.Replies;
import app.relais.conversation.Reply;
import app.relais.outbox.OutboxContract;
import app.relais.store.CaseData;
import app.relais.store.ConversationSnapshot;
import app.relais.store.MessageTime;
import app.relais.store.TurnRecord;
import app.relais.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The outbox contract on both real databases, turns written by the JDBC conversation store. */
class JdbcOutboxTest {

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", (Supplier<DataSource>) Databases::h2),
                Arguments.of("PostgreSQL", (Supplier<DataSource>) Databases::postgres));
    }

    /** The contract reads through the outbox; /forget must also leave no row behind in the tables themselves. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void erasingAConversationLeavesNoRowOfItInAnyTable(String name, Supplier<DataSource> database) {
        DataSource dataSource = database.get();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        MutableClock clock = MutableClock.at("2026-11-28T20:00:00Z");
        OutboxContract.Stores stores = on(dataSource, clock);
        ConversationKey forgotten = new ConversationKey("web", "forgotten");
        ConversationKey kept = new ConversationKey("web", "kept");
        for (ConversationKey key : List.of(forgotten, kept)) {
            Instant previous = null;
            for (int version = 1; version <= 5; version++) {
                clock.advance(Duration.ofSeconds(3));
                Instant at = MessageTime.turn(clock.instant(), previous);
                stores.conversations().save(new ConversationSnapshot(key, "support-request", "TRIAGE", CaseData.fresh("fr"),
                        version, at), new TurnRecord(new Inbound.Text(key, "message " + version, Locale.FRANCE),
                        Dispatch.of(key, new Replies(List.of(Reply.text("réponse")), MessageTime.micros(at)))));
                previous = at;
            }
            stores.outbox().post(key, Author.AGENT, "Camille", "fr", List.of(Reply.text("Je prends le relais.")));
        }

        stores.outbox().erase(forgotten);

        for (String table : List.of("conversation_log", "conversation_log_listed", "conversation_owed")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where conversation_key = ?", Integer.class,
                    forgotten.asString())).as(table).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from conversation_log where conversation_key = ?", Integer.class,
                kept.asString())).isEqualTo(6);
        assertThat(stores.outbox().entries(kept)).hasSize(11);
    }


    @Nested
    class OnH2 extends OutboxContract {
        @Override
        protected Stores stores(MutableClock clock) {
            return on(Databases.h2(), clock);
        }
    }

    @Nested
    class OnPostgres extends OutboxContract {
        @Override
        protected Stores stores(MutableClock clock) {
            return on(Databases.postgres(), clock);
        }
    }

    private static OutboxContract.Stores on(DataSource dataSource, MutableClock clock) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        GroupCommit writes = new GroupCommit(dataSource);
        JdbcFileStore files = new JdbcFileStore(jdbc, writes, clock);
        JdbcOutbox outbox = new JdbcOutbox(jdbc, writes, files, clock);
        return new OutboxContract.Stores(outbox, new JdbcConversationStore(jdbc, writes, outbox), files);
    }
}
