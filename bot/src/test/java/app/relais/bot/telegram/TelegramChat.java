package app.relais.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * One Telegram user talking to the bot through the fake Bot API, written like a transcript:
 * {@code chat.says("...").expect("...").taps("Oui, c’est ça")}. Updates are the recorded fixtures
 * of {@code src/test/resources/telegram/} with this chat's ids and the user's words put in.
 */
final class TelegramChat {

    private static final AtomicInteger IDS = new AtomicInteger();

    private final TelegramHarness harness;
    private final long chatId;
    private final String languageCode;
    private int seen;
    /** Where {@link #awaitMessage} starts looking: a message that came with the last update counts too. */
    private int unawaited;
    private List<FakeTelegramApi.Call> last = List.of();

    TelegramChat(TelegramHarness harness, long chatId, String languageCode) {
        this.harness = harness;
        this.chatId = chatId;
        this.languageCode = languageCode;
    }

    TelegramChat says(String text) throws InterruptedException {
        ObjectNode update = message("text.json");
        ((ObjectNode) update.path("message")).put("text", text);
        return deliver(update);
    }

    /** Taps an inline button by its label among the bot's last messages; checks the tap was answered. */
    TelegramChat taps(String label) throws InterruptedException {
        return tapsAmong(last, label);
    }

    /** Taps a button of an earlier message (an agent closing a ticket posted a while ago). */
    TelegramChat tapsAmong(List<FakeTelegramApi.Call> messages, String label) throws InterruptedException {
        JsonNode button = messages.stream().flatMap(c -> c.buttons().stream())
                .filter(b -> b.path("text").asText().equals(label) && b.has("callback_data"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button \"" + label + "\" in:\n" + lastText()));
        ObjectNode update = TelegramHarness.fixture("callback.json");
        ObjectNode query = (ObjectNode) update.path("callback_query");
        String queryId = "cbq-" + IDS.incrementAndGet();
        query.put("id", queryId);
        query.put("data", button.path("callback_data").asText());
        personalise((ObjectNode) query.path("from"));
        ((ObjectNode) query.path("message").path("chat")).put("id", chatId);
        deliver(update);
        assertThat(harness.api.calls("answerCallbackQuery"))
                .anyMatch(c -> c.body().path("callback_query_id").asText().equals(queryId));
        return this;
    }

    /** Sends a photo: the fake serves {@code content} for the largest size of the photo fixture. */
    TelegramChat sendsPhoto(byte[] content, String caption) throws InterruptedException {
        ObjectNode update = message("photo.json");
        ObjectNode message = (ObjectNode) update.path("message");
        String fileId = "photo-" + IDS.incrementAndGet();
        ObjectNode largest = (ObjectNode) message.path("photo").get(1);
        largest.put("file_id", fileId);
        largest.put("file_size", content.length);
        message.put("caption", caption);
        harness.api.serveFile(fileId, "photos/" + fileId + ".jpg", content, null);
        return deliver(update);
    }

    /** Sends a document; {@code announcedSize} is the file_size Telegram would announce. */
    TelegramChat sendsDocument(String name, byte[] content, long announcedSize) throws InterruptedException {
        ObjectNode update = message("document.json");
        ObjectNode document = (ObjectNode) update.path("message").path("document");
        String fileId = "doc-" + IDS.incrementAndGet();
        document.put("file_id", fileId);
        document.put("file_name", name);
        document.put("file_size", announcedSize);
        harness.api.serveFile(fileId, "documents/" + fileId, content, announcedSize);
        return deliver(update);
    }

    TelegramChat deliver(ObjectNode update) throws InterruptedException {
        harness.api.push(update);
        harness.awaitQuiet();
        List<FakeTelegramApi.Call> toChat = sentToChat();
        last = toChat.subList(seen, toChat.size());
        unawaited = seen;
        seen = toChat.size();
        return this;
    }

    /** Sends a text that replies to the message quoted (an agent answering a ticket in the group). */
    TelegramChat repliesTo(String quotedText, String text) throws InterruptedException {
        ObjectNode update = message("text.json");
        ObjectNode message = (ObjectNode) update.path("message");
        message.put("text", text);
        ObjectNode quoted = message.putObject("reply_to_message");
        quoted.put("message_id", 1);
        quoted.put("date", message.path("date").asLong());
        quoted.putObject("chat").put("id", chatId).put("type", "supergroup");
        quoted.put("text", quotedText);
        return deliver(update);
    }

    /**
     * Waits for a message the bot sends to this chat on its own (a ticket for the agents, an
     * agent's answer for the customer): it goes out on the chat's lane after the update that caused
     * it was handled, so it may already have come with that update's answers, or not yet. Bounded by
     * the harness' patience.
     */
    TelegramChat awaitMessage(String fragment) throws InterruptedException {
        long deadline = System.nanoTime() + TelegramHarness.PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            List<FakeTelegramApi.Call> toChat = sentToChat();
            List<FakeTelegramApi.Call> fresh = toChat.subList(Math.min(unawaited, toChat.size()), toChat.size());
            if (fresh.stream().anyMatch(c -> c.text().contains(fragment))) {
                last = fresh;
                seen = toChat.size();
                unawaited = seen;
                return this;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no message containing \"" + fragment + "\" reached chat " + chatId
                + "; it received:\n" + sentToChat().stream().map(FakeTelegramApi.Call::text).toList());
    }

    /** A message update from the fixture {@code name}, from this user in this chat. */
    ObjectNode message(String name) {
        ObjectNode update = TelegramHarness.fixture(name);
        ObjectNode message = (ObjectNode) update.path("message");
        personalise((ObjectNode) message.path("from"));
        ((ObjectNode) message.path("chat")).put("id", chatId);
        return update;
    }

    private void personalise(ObjectNode from) {
        from.put("id", chatId);
        if (languageCode == null) {
            from.remove("language_code");
        } else {
            from.put("language_code", languageCode);
        }
    }

    TelegramChat expect(String fragment) {
        if (last.stream().noneMatch(c -> c.text().contains(fragment))) {
            throw new AssertionError("expected a message containing \"" + fragment + "\" but the bot sent:\n" + lastText());
        }
        return this;
    }

    TelegramChat expectButton(String label) {
        if (button(label).isEmpty()) {
            throw new AssertionError("expected a button \"" + label + "\" but the bot sent:\n" + lastText());
        }
        return this;
    }

    TelegramChat expectUrlButton(String url) {
        if (last.stream().flatMap(c -> c.buttons().stream()).noneMatch(b -> b.path("url").asText().equals(url))) {
            throw new AssertionError("expected a URL button to " + url + " but the bot sent:\n" + lastText());
        }
        return this;
    }

    Optional<JsonNode> button(String label) {
        return last.stream().flatMap(c -> c.buttons().stream())
                .filter(b -> b.path("text").asText().equals(label)).findFirst();
    }

    List<FakeTelegramApi.Call> last() {
        return last;
    }

    List<FakeTelegramApi.Call> sentToChat() {
        return harness.api.sent().stream().filter(c -> c.chatId().equals(String.valueOf(chatId))).toList();
    }

    String lastText() {
        return last.stream().map(c -> "  > " + c.text().replace("\n", "\n    ")
                        + c.buttons().stream().map(b -> "[" + b.path("text").asText() + "]")
                        .collect(Collectors.joining(" ", "\n    ", "")))
                .collect(Collectors.joining("\n"));
    }
}
