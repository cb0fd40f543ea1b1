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
        return Databases.both();
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

    /** As the application runs it: the snapshot cache knows each conversation's latest turn. */
    @Nested
    class OnH2BehindTheSnapshotCache extends OutboxContract {
        @Override
        protected Stores stores(MutableClock clock) {
            Stores stores = on(Databases.h2(), clock);
            return new Stores(stores.outbox(), new CachedConversationStore(stores.conversations(), 1_000,
                    Duration.ofMinutes(10)), stores.files());
        }
    }

    /** Two instances answer one conversation in turns: each cache is stale every other turn. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void turnsSavedByTwoInstancesStayOneChain(String name, Supplier<DataSource> database) {
        DataSource dataSource = database.get();
        MutableClock clock = MutableClock.at("2026-11-28T20:00:00Z");
        OutboxContract.Stores one = on(dataSource, clock);
        OutboxContract.Stores two = on(dataSource, clock);
        List<CachedConversationStore> instances = List.of(
                new CachedConversationStore(one.conversations(), 1_000, Duration.ofMinutes(10)),
                new CachedConversationStore(two.conversations(), 1_000, Duration.ofMinutes(10)));
        ConversationKey key = new ConversationKey("web", "shared");
        for (int version = 1; version <= 8; version++) {
            clock.advance(Duration.ofSeconds(3));
            CachedConversationStore instance = instances.get(version % 2);
            Instant previous = version == 1 ? null : instance.load(key).orElseThrow().updatedAt();
            if (version > 1 && instance.load(key).orElseThrow().version() != version - 1) {
                instance.evict(key);
                previous = instance.load(key).orElseThrow().updatedAt();
            }
            Instant at = MessageTime.turn(clock.instant(), previous);
            instance.save(new ConversationSnapshot(key, "support-request", "TRIAGE", CaseData.fresh("fr"), version, at),
                    new TurnRecord(new Inbound.Text(key, "message " + version, Locale.FRANCE),
                            Dispatch.of(key, new Replies(List.of(Reply.text("réponse " + version)), MessageTime.micros(at)))));
        }

        assertThat(one.outbox().entries(key)).extracting(e -> e.text()).containsExactly("message 1", "réponse 1",
                "message 2", "réponse 2", "message 3", "réponse 3", "message 4", "réponse 4", "message 5", "réponse 5",
                "message 6", "réponse 6", "message 7", "réponse 7", "message 8", "réponse 8");
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
