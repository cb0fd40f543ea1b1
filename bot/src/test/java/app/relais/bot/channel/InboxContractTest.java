package app.relais.bot.channel;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.bot.store.Databases;
import app.relais.bot.store.GroupCommit;
import app.relais.bot.store.JdbcConversationStore;
import app.relais.conversation.ConversationKey;
import app.relais.store.CaseData;
import app.relais.store.ConversationSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The channels' inbox's promises, on both real databases and in memory: each event once, nothing pending forgotten. */
class InboxContractTest {

    private static final Instant T0 = Instant.parse("2026-11-21T09:00:00Z");

    abstract static class Contract {
        abstract Inbox inbox(String channel);

        private final Inbox inbox = inbox("messenger");

        private static Inbox.Entry entry(String id, String conversation, long position, Instant at) {
            return new Inbox.Entry(id, conversation, position, "{\"mid\":\"" + id + "\",\"text\":\"é ✓ 😱\"}", at);
        }

        @Test
        void anEventIsStoredOnceWhoeverStoresItAgain() {
            assertThat(inbox.store(entry("m_1", "42", 1, T0), "a")).isTrue();
            assertThat(inbox.store(entry("m_1", "42", 1, T0.plusSeconds(1)), "a")).isFalse();
            assertThat(inbox.store(entry("m_1", "42", 1, T0.plusSeconds(2)), "b")).isFalse();
        }

        @Test
        void twoInstancesRacingOnOneEventStoreItExactlyOnce() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                for (int n = 100; n < 130; n++) {
                    String id = "m_" + n;
                    long p = n;
                    List<Callable<Boolean>> racers = List.of(
                            () -> inbox.store(entry(id, "7", p, T0), "a"), () -> inbox.store(entry(id, "7", p, T0), "b"),
                            () -> inbox.store(entry(id, "7", p, T0), "c"), () -> inbox.store(entry(id, "7", p, T0), "d"));
                    long winners = 0;
                    for (Future<Boolean> result : pool.invokeAll(racers)) {
                        winners += result.get() ? 1 : 0;
                    }
                    assertThat(winners).as("event %s", id).isEqualTo(1);
                }
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void whatARestartFindsPendingComesBackPerConversationInPositionOrderWithItsPayload() {
            inbox.store(entry("m_c", "42", 3_000, T0), "before-restart");
            inbox.store(entry("m_a", "42", 1_000, T0), "before-restart");
            inbox.store(entry("m_x", "7", 2_000, T0), "before-restart");
            inbox.store(entry("m_b", "42", 2_000, T0), "before-restart");
            inbox.handled("m_b", T0.plusSeconds(1));

            List<Inbox.Entry> pending = inbox.takeOver("after-restart", T0.plusSeconds(5), T0.plusSeconds(5));

            assertThat(pending).extracting(Inbox.Entry::id).containsExactly("m_a", "m_c", "m_x");
            assertThat(pending.get(0).payload()).contains("é ✓ 😱");
            assertThat(pending.get(0).conversation()).isEqualTo("42");
            assertThat(pending.get(0).receivedAt()).isEqualTo(T0);
            assertThat(inbox.takeOver("third", T0.plusSeconds(5), T0.plusSeconds(6))).as("taken already").isEmpty();
        }

        @Test
        void aLiveInstancesRenewedClaimsAreNotTakenOverButADeadOnesAre() {
            inbox.store(entry("m_20", "1", 20, T0), "alive");
            inbox.store(entry("m_21", "2", 21, T0), "dead");
            inbox.renew("alive", T0.plus(Duration.ofSeconds(40)));

            assertThat(inbox.takeOver("survivor", T0.plusSeconds(30), T0.plusSeconds(90)))
                    .extracting(Inbox.Entry::id).containsExactly("m_21");
        }

        @Test
        void handledEventsAreForgottenAfterTheirTimeAndPendingOnesNever() {
            inbox.store(entry("m_30", "1", 30, T0), "a");
            inbox.store(entry("m_31", "1", 31, T0), "a");
            inbox.store(entry("m_32", "1", 32, T0), "a");
            inbox.handled("m_30", T0.plusSeconds(1));
            inbox.handledWith("m_31", T0.plus(Duration.ofHours(20)), () -> "turn");

            Instant now = T0.plus(Duration.ofDays(1)).plusSeconds(2);
            assertThat(inbox.purgeHandledBefore(now.minus(Duration.ofDays(1)))).isEqualTo(1);
            assertThat(inbox.store(entry("m_31", "1", 31, T0), "a")).as("still remembered").isFalse();
            assertThat(inbox.store(entry("m_32", "1", 32, T0), "a")).as("pending, never purged").isFalse();
            assertThat(inbox.takeOver("b", T0.plus(Duration.ofDays(3)), T0.plus(Duration.ofDays(3))))
                    .extracting(Inbox.Entry::id).containsExactly("m_32");
        }

        @Test
        void aRedactedEventKeepsOnlyWhatItWasRedactedTo() {
            inbox.store(entry("m_40", "3", 40, T0), "a");
            inbox.redact("m_40", "{\"mid\":\"m_40\",\"text\":\"mon mot de passe est ••••••\"}");

            assertThat(inbox.takeOver("b", T0.plusSeconds(1), T0.plusSeconds(1))).singleElement()
                    .extracting(Inbox.Entry::payload).isEqualTo("{\"mid\":\"m_40\",\"text\":\"mon mot de passe est ••••••\"}");
        }

        @Test
        void forgettingAConversationEmptiesItsHandledEventsYetStillSkipsThemIfDeliveredAgain() {
            inbox.store(entry("m_50", "5", 50, T0), "a");
            inbox.store(entry("m_51", "5", 51, T0), "a");
            inbox.store(entry("m_52", "5", 52, T0), "a");
            inbox.store(entry("m_60", "6", 60, T0), "a");
            inbox.handled("m_50", T0);
            inbox.handled("m_51", T0);
            inbox.handled("m_60", T0);

            assertThat(inbox.erase("5")).isEqualTo(2);
            assertThat(inbox.store(entry("m_50", "5", 50, T0), "a")).as("delivered again: still skipped").isFalse();
            assertThat(inbox.takeOver("b", T0.plusSeconds(1), T0.plusSeconds(1))).as("the unhandled one is intact")
                    .singleElement().extracting(Inbox.Entry::payload).isEqualTo(entry("m_52", "5", 52, T0).payload());
        }
    }

    @Nested
    class InMemory extends Contract {
        @Override
        Inbox inbox(String channel) {
            return new InMemoryInbox();
        }
    }

    @Nested
    class OnH2 extends Contract {
        @Override
        Inbox inbox(String channel) {
            return new JdbcInbox(new JdbcTemplate(Databases.h2()), channel);
        }

        @Test
        void channelsSharingTheTableNeverSeeEachOthersEvents() {
            JdbcTemplate jdbc = new JdbcTemplate(Databases.h2());
            Inbox messenger = new JdbcInbox(jdbc, "messenger");
            Inbox other = new JdbcInbox(jdbc, "whatsapp");
            assertThat(messenger.store(new Inbox.Entry("1", "9", 1, "{}", T0), "a")).isTrue();
            assertThat(other.store(new Inbox.Entry("1", "9", 1, "{}", T0), "a")).isTrue();
            assertThat(other.takeOver("b", T0.plusSeconds(1), T0.plusSeconds(1))).hasSize(1);
            assertThat(messenger.takeOver("c", T0.plusSeconds(1), T0.plusSeconds(1))).hasSize(1);
        }

        @Test
        void aForgottenConversationsTextsAreGoneFromTheTable() {
            JdbcTemplate jdbc = new JdbcTemplate(Databases.h2());
            Inbox messenger = new JdbcInbox(jdbc, "messenger");
            messenger.store(new Inbox.Entry("m_70", "7", 70, "{\"text\":\"mon compte est piraté\"}", T0), "a");
            messenger.handled("m_70", T0);
            messenger.erase("7");
            assertThat(jdbc.queryForObject("select payload from channel_inbox where event_id = 'm_70'", String.class))
                    .isEqualTo("{}");
        }
    }

    @Nested
    class OnH2WithTurns {
        @Test
        void anEventIsMarkedHandledWithItsTurnsSnapshotOrNotAtAll() throws Exception {
            javax.sql.DataSource db = Databases.h2();
            JdbcTemplate jdbc = new JdbcTemplate(db);
            try (GroupCommit writes = new GroupCommit(db)) {
                Inbox inbox = new JdbcInbox(jdbc, "messenger", writes);
                JdbcConversationStore store = new JdbcConversationStore(jdbc, writes);
                inbox.store(new Inbox.Entry("m_80", "8", 80, "{}", T0), "a");
                inbox.store(new Inbox.Entry("m_81", "8", 81, "{}", T0), "a");

                inbox.handledWith("m_80", T0, () -> {
                    store.save(new ConversationSnapshot(new ConversationKey("messenger", "8"), "support-request",
                            "TRIAGE", CaseData.fresh("fr"), 1, T0));
                    return "answered";
                });
                inbox.handledWith("m_81", T0, () -> "a turn that failed saves nothing");

                assertThat(inbox.takeOver("b", T0.plusSeconds(1), T0.plusSeconds(1))).as("only the turn that saved is marked")
                        .extracting(Inbox.Entry::id).containsExactly("m_81");
            }
        }
    }

    @Nested
    class OnPostgres extends Contract {
        @Override
        Inbox inbox(String channel) {
            return new JdbcInbox(new JdbcTemplate(Databases.postgres()), channel);
        }
    }
}
