package app.relais.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.bot.channel.InMemoryInbox;
import app.relais.bot.channel.Inbox;
import app.relais.conversation.ConversationEngine;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.Inbound;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The library's traps, each provoked through the fake Bot API: polling survives, nothing is answered twice. */
class TelegramResilienceTest {

    private static final long CHAT = 5518273641L;

    private TelegramHarness telegram;

    @AfterEach
    void stop() {
        if (telegram != null) {
            telegram.close();
        }
    }

    @Test
    void anUpdateDeliveredTwiceIsAnsweredOnce() throws Exception {
        telegram = new TelegramHarness();
        TelegramChat chat = telegram.chat(CHAT, "fr");
        ObjectNode update = chat.message("text.json");
        update.put("update_id", 42);
        // Telegram redelivers what was not confirmed; both copies reach one getUpdates answer.
        telegram.api.pushAsIs(List.of(update, update.deepCopy()));
        telegram.awaitQuiet();

        assertThat(chat.sentToChat()).filteredOn(c -> c.text().contains("Compte Facebook piraté")).hasSize(1);
    }

    @Test
    void anExceptionWhileHandlingAnUpdateLeavesPollingAlive() throws Exception {
        telegram = new TelegramHarness(b -> b, TelegramResilienceTest::failingOnBoom);
        TelegramChat chat = telegram.chat(CHAT, "fr");

        chat.says("boom").expect("Un problème technique");
        chat.says("mon compte Facebook a été piraté").expect("Compte Facebook piraté");
    }

    @Test
    void aThrowingEngineInEveryChatStillLetsTheNextUpdateThrough() throws Exception {
        telegram = new TelegramHarness(b -> b, TelegramResilienceTest::failingOnBoom);
        TelegramChat first = telegram.chat(CHAT, "fr");
        TelegramChat second = telegram.chat(6022418890L, "en");

        first.says("boom");
        second.says("boom").expect("A technical problem");
        first.says("mon compte Facebook a été piraté").expect("Compte Facebook piraté");
    }

    @Test
    void a429IsWaitedOutAndTheMessageStillDelivered() throws Exception {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        telegram = new TelegramHarness(b -> b.sleeper(waits::add), e -> e);
        telegram.api.failNext("sendMessage", 429, """
                {"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}}""");
        TelegramChat chat = telegram.chat(CHAT, "fr");

        chat.says("mon compte Facebook a été piraté").expect("Compte Facebook piraté");
        assertThat(waits).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void a429WithoutParametersFallsBackOnTheDescription() throws Exception {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        telegram = new TelegramHarness(b -> b.sleeper(waits::add), e -> e);
        telegram.api.failNext("sendMessage", 429, """
                {"ok":false,"error_code":429,"description":"Too Many Requests: retry after 3"}""");
        TelegramChat chat = telegram.chat(CHAT, "fr");

        chat.says("mon compte Facebook a été piraté").expect("Compte Facebook piraté");
        assertThat(waits).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void serverErrorsAndDroppedConnectionsAreRetriedWithAGrowingBackOffAndTheMessageDeliveredOnce() throws Exception {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        telegram = new TelegramHarness(b -> b.sleeper(waits::add), e -> e);
        telegram.api.failNext("sendMessage", 502, "<html>Bad Gateway</html>");
        telegram.api.failNext("sendMessage", 500, """
                {"ok":false,"error_code":500,"description":"Internal Server Error"}""");
        telegram.api.failNext("sendMessage", 503, "");
        // OkHttp itself retries a request whose connection dropped before an answer; either way it arrives once.
        telegram.api.failNext("sendMessage", FakeTelegramApi.DROP_CONNECTION, "");
        TelegramChat chat = telegram.chat(CHAT, "fr");

        chat.says("mon compte Facebook a été piraté").expect("Compte Facebook piraté");
        assertThat(chat.sentToChat()).filteredOn(c -> c.text().contains("Compte Facebook piraté")).hasSize(1);
        assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void repliesTelegramWouldNotTakeWaitAndGoOutInOrderBeforeTheNextAnswer() throws Exception {
        telegram = new TelegramHarness(b -> b.sleeper(wait -> { }), e -> e);
        for (int i = 0; i < 5; i++) {
            telegram.api.failNext("sendMessage", 503, "");
        }
        TelegramChat chat = telegram.chat(CHAT, "fr");

        chat.says("mon compte Facebook a été piraté");
        telegram.awaitQuiet();
        assertThat(chat.sentToChat()).as("Telegram refused all five attempts").isEmpty();

        chat.says("/status").expect("Où nous en sommes");
        List<String> texts = chat.sentToChat().stream().map(FakeTelegramApi.Call::text).toList();
        assertThat(texts).filteredOn(t -> t.contains("Compte Facebook piraté")).hasSize(2);
        assertThat(texts.get(0)).as("the older answer first").contains("J’ai compris : Compte Facebook piraté");
        assertThat(texts).last().asString().contains("Compte Facebook piraté");
        assertThat(telegram.relais.core().outbox().owed(new ConversationKey("telegram", Long.toString(CHAT)), 0)).isEmpty();
    }

    @Test
    void a429WaitsItsRetryAfterPlusABoundedJitter() throws Exception {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        telegram = new TelegramHarness(b -> b.sleeper(waits::add).jitter(TelegramSender.Jitter.upTo(Duration.ofMillis(500))),
                e -> e);
        for (int i = 0; i < 3; i++) {
            telegram.api.failNext("sendMessage", 429, """
                    {"ok":false,"error_code":429,"description":"Too Many Requests: retry after 2","parameters":{"retry_after":2}}""");
        }
        TelegramChat chat = telegram.chat(CHAT, "fr");

        chat.says("mon compte Facebook a été piraté").expect("Compte Facebook piraté");
        assertThat(waits).hasSize(3).allSatisfy(wait -> assertThat(wait)
                .isBetween(Duration.ofSeconds(2), Duration.ofMillis(2500)));
    }

    @Test
    void aRefusalThatIsNotWorthRetryingIsNotRetried() throws Exception {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        telegram = new TelegramHarness(b -> b.sleeper(waits::add), e -> e);
        telegram.api.failNext("sendMessage", 403, """
                {"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}""");
        TelegramChat chat = telegram.chat(CHAT, "fr");

        chat.says("mon compte Facebook a été piraté");
        assertThat(waits).isEmpty();
    }

    @Test
    void aChatsMessagesKeepTheirOrderWhenSeveralArriveInOneBatch() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        telegram = new TelegramHarness(b -> b, engine -> inbound -> {
            if (inbound instanceof Inbound.Text text) {
                order.add(text.text());
            }
            return engine.handle(inbound);
        });
        TelegramChat chat = telegram.chat(CHAT, "fr");
        List<ObjectNode> batch = new java.util.ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            ObjectNode update = chat.message("text.json");
            update.put("update_id", 500 + i);
            ((ObjectNode) update.path("message")).put("text", "message " + i);
            batch.add(update);
        }
        telegram.api.pushAsIs(batch);
        telegram.awaitQuiet();

        assertThat(order).containsExactly(batch.stream().map(u -> u.path("message").path("text").asText())
                .toArray(String[]::new));
    }

    @Test
    void anExceptionEscapingIntoTheUpdatesConsumerDoesNotStopPolling() throws Exception {
        InMemoryInbox memory = new InMemoryInbox();
        telegram = new TelegramHarness(b -> b.inbox(new FailingInbox(memory) {
            @Override
            public boolean store(Entry entry, String instance) {
                if (entry.id().equals("900000")) {
                    // Not a database error the consumer retries: something it cannot get past.
                    throw new Error("simulated failure");
                }
                return super.store(entry, instance);
            }
        }), e -> e);
        TelegramChat chat = telegram.chat(CHAT, "fr");

        chat.says("premier message");
        assertThat(chat.last()).isEmpty();
        chat.says("mon compte Facebook a été piraté").expect("Compte Facebook piraté");
    }

    @Test
    void anUpdateTheDatabaseCannotStoreYetIsRetriedUntilStoredAndThenAnswered() throws Exception {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        InMemoryInbox memory = new InMemoryInbox();
        FailingInbox flaky = new FailingInbox(memory);
        flaky.failures.set(3);
        telegram = new TelegramHarness(b -> b.inbox(flaky).sleeper(waits::add), e -> e);
        TelegramChat chat = telegram.chat(CHAT, "fr");

        chat.says("mon compte Facebook a été piraté").expect("Compte Facebook piraté");
        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
    }

    /** An inbox whose store throws like a database that is down, {@code failures} times. */
    static class FailingInbox implements Inbox {
        final java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger();
        private final Inbox delegate;

        FailingInbox(Inbox delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean store(Entry entry, String instance) {
            if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new org.springframework.dao.DataAccessResourceFailureException("database down");
            }
            return delegate.store(entry, instance);
        }

        @Override
        public void handled(String id, java.time.Instant at) {
            delegate.handled(id, at);
        }

        @Override
        public <T> T handledWith(String id, java.time.Instant at, java.util.function.Supplier<T> turn) {
            return delegate.handledWith(id, at, turn);
        }

        @Override
        public void renew(String instance, java.time.Instant now) {
            delegate.renew(instance, now);
        }

        @Override
        public List<Entry> takeOver(String instance, java.time.Instant staleBefore, java.time.Instant now) {
            return delegate.takeOver(instance, staleBefore, now);
        }

        @Override
        public void redact(String id, String payload) {
            delegate.redact(id, payload);
        }

        @Override
        public int erase(String conversation) {
            return delegate.erase(conversation);
        }

        @Override
        public int purgeHandledBefore(java.time.Instant cutoff) {
            return delegate.purgeHandledBefore(cutoff);
        }
    }

    @Test
    void closingLeavesNoThreadOfOursBehind() throws Exception {
        telegram = new TelegramHarness();
        telegram.chat(CHAT, "fr").says("mon compte Facebook a été piraté").expect("Compte Facebook piraté");
        telegram.close();
        telegram = null;

        assertThat(Thread.getAllStackTraces().keySet())
                .filteredOn(t -> t.getName().startsWith("telegram-") && t.isAlive() && !t.getName().startsWith("telegram-http"))
                .isEmpty();
        assertThat(Thread.getAllStackTraces().keySet())
                .filteredOn(t -> t.getName().startsWith("telegram-"))
                .allSatisfy(t -> assertThat(t.isDaemon()).isTrue());
    }

    private static ConversationEngine failingOnBoom(ConversationEngine engine) {
        return inbound -> {
            if (inbound instanceof Inbound.Text text && text.text().equals("boom")) {
                throw new IllegalStateException("simulated engine failure");
            }
            return engine.handle(inbound);
        };
    }
}
