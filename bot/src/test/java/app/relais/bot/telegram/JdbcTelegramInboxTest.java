package app.relais.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.bot.store.Databases;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The inbox's promises, on both real databases: each update_id once, nothing pending forgotten. */
class JdbcTelegramInboxTest {

    private static final Instant T0 = Instant.parse("2026-11-21T09:00:00Z");

    abstract static class Contract {
        abstract DataSource database();

        private final DataSource database = database();
        private final TelegramInbox inbox = new JdbcTelegramInbox(new JdbcTemplate(database));

        private static TelegramInbox.Entry entry(long id, Long chat, Instant at) {
            return new TelegramInbox.Entry(id, chat, "{\"update_id\":" + id + ",\"message\":{\"text\":\"é ✓\"}}", at);
        }

        @Test
        void anUpdateIdIsStoredOnceWhoeverStoresItAgain() {
            assertThat(inbox.store(entry(1, 42L, T0), "a")).isTrue();
            assertThat(inbox.store(entry(1, 42L, T0.plusSeconds(1)), "a")).isFalse();
            assertThat(inbox.store(entry(1, 42L, T0.plusSeconds(2)), "b")).isFalse();
        }

        @Test
        void twoInstancesRacingOnOneUpdateStoreItExactlyOnce() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                for (long id = 100; id < 150; id++) {
                    long update = id;
                    List<Callable<Boolean>> racers = List.of(
                            () -> inbox.store(entry(update, 7L, T0), "a"), () -> inbox.store(entry(update, 7L, T0), "b"),
                            () -> inbox.store(entry(update, 7L, T0), "c"), () -> inbox.store(entry(update, 7L, T0), "d"));
                    long winners = 0;
                    for (Future<Boolean> result : pool.invokeAll(racers)) {
                        winners += result.get() ? 1 : 0;
                    }
                    assertThat(winners).as("update %d", update).isEqualTo(1);
                }
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void whatARestartFindsPendingComesBackInUpdateOrderWithItsJson() {
            inbox.store(entry(12, 42L, T0), "before-restart");
            inbox.store(entry(10, 42L, T0), "before-restart");
            inbox.store(entry(11, null, T0), "before-restart");
            inbox.handled(11, T0.plusSeconds(1));

            List<TelegramInbox.Entry> pending = inbox.takeOver("after-restart", T0.plusSeconds(5), T0.plusSeconds(5));

            assertThat(pending).extracting(TelegramInbox.Entry::updateId).containsExactly(10L, 12L);
            assertThat(pending.get(0).json()).contains("é ✓");
            assertThat(pending.get(0).chatId()).isEqualTo(42L);
            assertThat(pending.get(0).receivedAt()).isEqualTo(T0);
            assertThat(inbox.takeOver("third", T0.plusSeconds(5), T0.plusSeconds(6))).as("taken already").isEmpty();
        }

        @Test
        void aLiveInstancesRenewedClaimsAreNotTakenOverButADeadOnesAre() {
            inbox.store(entry(20, 1L, T0), "alive");
            inbox.store(entry(21, 2L, T0), "dead");
            inbox.renew("alive", T0.plus(Duration.ofSeconds(40)));

            List<TelegramInbox.Entry> taken = inbox.takeOver("survivor", T0.plusSeconds(30), T0.plusSeconds(90));

            assertThat(taken).extracting(TelegramInbox.Entry::updateId).containsExactly(21L);
            assertThat(inbox.takeOver("alive", T0.plusSeconds(95), T0.plusSeconds(95)))
                    .as("an instance never takes over its own claims: they are already in its queues")
                    .extracting(TelegramInbox.Entry::updateId).containsExactly(21L);
        }

        @Test
        void handledUpdatesAreForgottenAfterADayAndPendingOnesNever() {
            inbox.store(entry(30, 1L, T0), "a");
            inbox.store(entry(31, 1L, T0), "a");
            inbox.store(entry(32, 1L, T0), "a");
            inbox.handled(30, T0.plusSeconds(1));
            inbox.handled(31, T0.plus(Duration.ofHours(20)));

            // A day and two seconds later: only what was handled more than a day ago goes.
            Instant now = T0.plus(Duration.ofDays(1)).plusSeconds(2);
            assertThat(inbox.purgeHandledBefore(now.minus(TelegramAdapter.KEEP_HANDLED))).isEqualTo(1);
            assertThat(inbox.store(entry(31, 1L, T0), "a")).as("still remembered").isFalse();
            assertThat(inbox.store(entry(32, 1L, T0), "a")).as("pending, never purged").isFalse();
            assertThat(inbox.takeOver("b", T0.plus(Duration.ofDays(3)), T0.plus(Duration.ofDays(3))))
                    .extracting(TelegramInbox.Entry::updateId).containsExactly(32L);
        }
    }

    @Nested
    class OnH2 extends Contract {
        @Override
        DataSource database() {
            return Databases.h2();
        }
    }

    @Nested
    class OnPostgres extends Contract {
        @Override
        DataSource database() {
            return Databases.postgres();
        }
    }
}
