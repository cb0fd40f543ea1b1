package app.relais.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.bot.channel.JdbcInbox;
import app.relais.bot.store.Databases;
import app.relais.conversation.ConversationEngine;
import app.relais.conversation.Inbound;
import app.relais.testing.TestRelais;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Nothing lost, nothing twice, across a restart: the process stops while updates it already took
 * from Telegram (so Telegram will not send them again) are still waiting for their chat; the next
 * process over the same database answers them, once, in order, and ignores the copies Telegram
 * re-serves because their offset was never confirmed.
 */
class TelegramRestartTest {

    private static final long CHAT = 5518273641L;
    private static final long OTHER_CHAT = 6022418890L;

    @Test
    void updatesStoredButNotHandledBeforeAnAbruptStopAreAnsweredOnceAfterTheRestart() throws Exception {
        DataSource database = Databases.h2();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        TestRelais relais = new TestRelais();
        try (FakeTelegramApi api = new FakeTelegramApi()) {
            CountDownLatch stuck = new CountDownLatch(1);
            TelegramHarness first = new TelegramHarness(api, false, relais,
                    b -> b.inbox(new JdbcInbox(jdbc, "telegram")).shutdownGrace(Duration.ofMillis(50)),
                    engine -> hangingOn("un instant", stuck, engine));
            TelegramChat chat = first.chat(CHAT, "fr");
            ObjectNode hanging = text(chat, "un instant");
            ObjectNode hacked = text(chat, "mon compte Facebook a été piraté");
            ObjectNode other = text(first.chat(OTHER_CHAT, "en"), "my Instagram account was hacked");
            api.push(hanging);
            api.push(hacked);
            api.push(other);
            assertThat(stuck.await(20, TimeUnit.SECONDS)).isTrue();
            awaitRows(jdbc, 3);
            // The other chat's lane is free: its update is answered, and marked so, before the stop.
            assertThat(first.adapter.consumer().awaitHandled(1, TelegramHarness.PATIENCE)).isTrue();
            first.close();
            long answeredToOther = sentTo(api, OTHER_CHAT);

            assertThat(jdbc.queryForObject("select count(*) from channel_inbox where channel = 'telegram' and handled_at is null", Long.class))
                    .as("the hanging update and the one queued behind it").isEqualTo(2);
            // Telegram re-serves what no getUpdates confirmed; here, all three, ids unchanged.
            api.awaitNoPoll(TelegramHarness.PATIENCE);
            api.pushAsIs(List.of(hanging.deepCopy(), hacked.deepCopy(), other.deepCopy()));

            TelegramHarness second = new TelegramHarness(api, false, relais,
                    b -> b.inbox(new JdbcInbox(jdbc, "telegram")), engine -> engine);
            try {
                // 2 pending handled + 3 re-served copies skipped.
                assertThat(second.adapter.consumer().awaitHandled(5, TelegramHarness.PATIENCE)).isTrue();
                awaitNothingPending(jdbc);
                List<FakeTelegramApi.Call> toChat = second.chat(CHAT, "fr").sentToChat();
                assertThat(toChat).filteredOn(c -> c.text().contains("Compte Facebook piraté")).hasSize(1);
                assertThat(sentTo(api, OTHER_CHAT)).as("answered before the stop, not again").isEqualTo(answeredToOther)
                        .isPositive();
                assertThat(jdbc.queryForObject("select count(*) from channel_inbox where channel = 'telegram' and handled_at is null", Long.class))
                        .isZero();
                assertThat(jdbc.queryForObject("select count(*) from channel_inbox where channel = 'telegram'", Long.class)).isEqualTo(3);
            } finally {
                second.close();
            }
        }
    }

    @Test
    void aRestartKeepsTheOrderOfAChatsPendingUpdates() throws Exception {
        DataSource database = Databases.h2();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        TestRelais relais = new TestRelais();
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (FakeTelegramApi api = new FakeTelegramApi()) {
            CountDownLatch stuck = new CountDownLatch(1);
            TelegramHarness first = new TelegramHarness(api, false, relais,
                    b -> b.inbox(new JdbcInbox(jdbc, "telegram")).shutdownGrace(Duration.ofMillis(50)),
                    engine -> hangingOn("message 0", stuck, engine));
            TelegramChat chat = first.chat(CHAT, "fr");
            for (int i = 0; i <= 10; i++) {
                api.push(text(chat, "message " + i));
            }
            assertThat(stuck.await(20, TimeUnit.SECONDS)).isTrue();
            awaitRows(jdbc, 11);
            first.close();

            TelegramHarness second = new TelegramHarness(api, false, relais,
                    b -> b.inbox(new JdbcInbox(jdbc, "telegram")), engine -> recording(seen, engine));
            try {
                // Not awaitHandled(11): copies Telegram re-serves, skipped at once, count as handled too.
                awaitNothingPending(jdbc);
                assertThat(seen).containsExactly("message 0", "message 1", "message 2", "message 3", "message 4",
                        "message 5", "message 6", "message 7", "message 8", "message 9", "message 10");
            } finally {
                second.close();
            }
        }
    }

    private static long sentTo(FakeTelegramApi api, long chatId) {
        return api.sent().stream().filter(c -> c.chatId().equals(String.valueOf(chatId))).count();
    }

    private static ObjectNode text(TelegramChat chat, String words) {
        ObjectNode update = chat.message("text.json");
        ((ObjectNode) update.path("message")).put("text", words);
        return update;
    }

    /** An engine that never finishes {@code words}: the process is stopped while it is handled. */
    private static ConversationEngine hangingOn(String words, CountDownLatch stuck, ConversationEngine engine) {
        return inbound -> {
            if (inbound instanceof Inbound.Text text && text.text().equals(words)) {
                stuck.countDown();
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("stopped while handling");
            }
            return engine.handle(inbound);
        };
    }

    private static ConversationEngine recording(List<String> seen, ConversationEngine engine) {
        return inbound -> {
            if (inbound instanceof Inbound.Text text) {
                seen.add(text.text());
            }
            return engine.handle(inbound);
        };
    }

    /** Waits until the updates are stored: the fake has served them, the poller has taken them in. */
    private static void awaitNothingPending(JdbcTemplate jdbc) throws InterruptedException {
        long deadline = System.nanoTime() + TelegramHarness.PATIENCE.toNanos();
        while (jdbc.queryForObject("select count(*) from channel_inbox where channel = 'telegram' and handled_at is null", Long.class) > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("pending updates not handled in time");
            }
            TimeUnit.MILLISECONDS.sleep(10);
        }
    }

    private static void awaitRows(JdbcTemplate jdbc, long rows) throws InterruptedException {
        long deadline = System.nanoTime() + TelegramHarness.PATIENCE.toNanos();
        while (jdbc.queryForObject("select count(*) from channel_inbox where channel = 'telegram'", Long.class) < rows) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("updates not stored in time");
            }
            TimeUnit.MILLISECONDS.sleep(10);
        }
    }
}
