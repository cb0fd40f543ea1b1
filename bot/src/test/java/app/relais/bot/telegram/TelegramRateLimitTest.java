package app.relais.bot.telegram;

import app.relais.bot.channel.SendGate;
import app.relais.bot.channel.SendLimiter;
import app.relais.bot.channel.SendLimits;
import app.relais.bot.channel.VirtualTime;
import static org.assertj.core.api.Assertions.assertThat;

import app.relais.conversation.Inbound;
import app.relais.conversation.Replies;
import app.relais.conversation.Reply;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * 200 chats at once through the fake Bot API with the real limiter: Telegram's rules hold on the
 * fake's own arrival times (per chat, per group, in all), and every reply arrives, in order. Time
 * is virtual: the limiter and the fake read one clock that moves only when every message the
 * limiter let through has reached the fake, so two minutes of traffic take a few seconds.
 */
class TelegramRateLimitTest {

    private static final int PRIVATE_CHATS = 180;
    private static final int GROUPS = 20;
    private static final int PER_PRIVATE_CHAT = 4;
    private static final int PER_GROUP = 26;

    @Test
    void twoHundredChatsAtOnceNeverBreakTelegramsLimitsAndLoseNoReply() throws Exception {
        VirtualTime time = new VirtualTime(Instant.parse("2026-11-21T09:00:00Z"));
        SendLimiter limiter = new SendLimiter(SendLimits.TELEGRAM, time, time);
        AtomicLong entered = new AtomicLong();
        SendGate counting = chatId -> {
            entered.incrementAndGet();
            limiter.awaitTurn(chatId);
        };
        try (TelegramHarness telegram = new TelegramHarness(b -> b.sendGate(counting).chatThreads(64),
                engine -> inbound -> Replies.of(Reply.text("reply to " + ((Inbound.Text) inbound).text())))) {
            telegram.api.useClock(time);
            Map<Long, List<String>> expected = new TreeMap<>();
            List<ObjectNode> batch = new ArrayList<>();
            int updateId = 1;
            for (int round = 0; round < PER_GROUP; round++) {
                for (int c = 0; c < PRIVATE_CHATS + GROUPS; c++) {
                    boolean group = c >= PRIVATE_CHATS;
                    if (!group && round >= PER_PRIVATE_CHAT) {
                        continue;
                    }
                    long chatId = group ? -1_001_000_000_000L - c : 7_000_000_000L + c;
                    ObjectNode update = telegram.chat(chatId, "fr").message("text.json");
                    ObjectNode message = (ObjectNode) update.path("message");
                    message.put("text", "message " + round);
                    if (group) {
                        ((ObjectNode) message.path("chat")).put("type", "supergroup");
                    }
                    update.put("update_id", updateId++);
                    batch.add(update);
                    expected.computeIfAbsent(chatId, id -> new ArrayList<>()).add("reply to message " + round);
                }
            }
            int total = batch.size();
            long realStart = System.nanoTime();
            telegram.api.pushAsIs(batch);

            // Time moves only when every message let through has arrived and every waiting sender sleeps.
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (telegram.api.sent().size() < total) {
                assertThat(System.nanoTime()).as("all replies sent in time").isLessThan(deadline);
                int asleep = time.asleep();
                if (asleep > 0 && entered.get() == telegram.api.sent().size() + asleep) {
                    time.advanceToNextWakeUp();
                } else {
                    LockSupport.parkNanos(50_000);
                }
            }
            long realMillis = (System.nanoTime() - realStart) / 1_000_000;
            List<FakeTelegramApi.Call> sent = telegram.api.sent();

            Map<Long, List<FakeTelegramApi.Call>> byChat = new TreeMap<>();
            sent.forEach(c -> byChat.computeIfAbsent(Long.parseLong(c.chatId()), id -> new ArrayList<>()).add(c));
            for (Map.Entry<Long, List<String>> chat : expected.entrySet()) {
                assertThat(byChat.get(chat.getKey())).as("chat %d: every reply, once, in order", chat.getKey())
                        .extracting(FakeTelegramApi.Call::text).containsExactlyElementsOf(chat.getValue());
            }
            int maxChatPerSecond = 0;
            int maxChatPerTenSeconds = 0;
            int maxGroupPerMinute = 0;
            for (Map.Entry<Long, List<FakeTelegramApi.Call>> chat : byChat.entrySet()) {
                List<Instant> at = chat.getValue().stream().map(FakeTelegramApi.Call::at).toList();
                maxChatPerSecond = Math.max(maxChatPerSecond, maxInWindow(at, Duration.ofSeconds(1)));
                maxChatPerTenSeconds = Math.max(maxChatPerTenSeconds, maxInWindow(at, Duration.ofSeconds(10)));
                if (chat.getKey() < 0) {
                    maxGroupPerMinute = Math.max(maxGroupPerMinute, maxInWindow(at, Duration.ofMinutes(1)));
                }
            }
            List<Instant> all = sent.stream().map(FakeTelegramApi.Call::at).sorted().toList();
            int maxGlobalPerSecond = maxInWindow(all, Duration.ofSeconds(1));
            Duration span = Duration.between(all.get(0), all.get(all.size() - 1));
            System.out.printf("rate limit: %d messages to %d chats over %d s virtual (%d ms real): max %d per chat"
                            + " in any second, %d per chat in any 10 s, %d per group in any minute, %d in all in any"
                            + " second (%.1f/s on average)%n", total, byChat.size(), span.toSeconds(), realMillis,
                    maxChatPerSecond, maxChatPerTenSeconds, maxGroupPerMinute, maxGlobalPerSecond,
                    total * 1000.0 / span.toMillis());

            assertThat(maxChatPerSecond).as("per chat, any second: a burst of 3 at most").isLessThanOrEqualTo(3);
            assertThat(maxChatPerTenSeconds).as("per chat, any 10 s: about one a second").isLessThanOrEqualTo(12);
            assertThat(maxGroupPerMinute).as("per group, any minute").isLessThanOrEqualTo(20);
            assertThat(maxGlobalPerSecond).as("in all, any second").isLessThanOrEqualTo(25);
            // A group earns one message every 3.334 s after its burst of 3: whether the 20th falls inside a
            // given 60 s window depends on where the window starts, so 19 or 20 both show the limit in use.
            assertThat(maxGroupPerMinute).as("the groups had more to send than a minute allows").isBetween(19, 20);
            assertThat(maxGlobalPerSecond).as("the global limit was reached, not only approached").isEqualTo(25);
        }
    }

    /** The most instants in any half-open window [t, t + length). */
    private static int maxInWindow(List<Instant> sorted, Duration length) {
        int best = 0;
        int start = 0;
        for (int end = 0; end < sorted.size(); end++) {
            while (!sorted.get(start).plus(length).isAfter(sorted.get(end))) {
                start++;
            }
            best = Math.max(best, end - start + 1);
        }
        return best;
    }
}
