package app.relais.bot.messenger;

import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person writing to the Page through Messenger, as a transcript:
 * {@code person.says("...").expect("...").taps("Oui, c’est ça")}. Each event gets a fresh {@code mid}
 * and a timestamp on the harness' clock; what the bot sent is read from the fake Graph API.
 */
final class MessengerPerson {

    private static final AtomicInteger MIDS = new AtomicInteger();

    private final MessengerHarness harness;
    private final String psid;
    private int seen;
    private List<FakeGraphApi.Call> last = List.of();

    MessengerPerson(MessengerHarness harness, String psid) {
        this.harness = harness;
        this.psid = psid;
    }

    String psid() {
        return psid;
    }

    MessengerPerson says(String text) throws InterruptedException {
        return deliver(Webhooks.body(Webhooks.text(psid, mid(), now(), text)));
    }

    /**
     * Taps a quick reply of the bot's last messages by its title; a choice too long for a quick
     * reply is found in the numbered list and its number tapped, as a person reading it would.
     */
    MessengerPerson taps(String label) throws InterruptedException {
        String title = last.stream().anyMatch(c -> c.payloadOf(label) != null) ? label : numberOf(label);
        String payload = last.stream().map(c -> c.payloadOf(title)).filter(p -> p != null).findFirst()
                .orElseThrow(() -> new AssertionError("no quick reply \"" + title + "\" in:\n" + lastText()));
        return deliver(Webhooks.body(Webhooks.quickReply(psid, mid(), now(), title, payload)));
    }

    private String numberOf(String label) {
        Matcher line = Pattern.compile("(?m)^(\\d+)\\. " + Pattern.quote(label) + "$")
                .matcher(last.stream().map(FakeGraphApi.Call::text).collect(Collectors.joining("\n")));
        if (!line.find()) {
            throw new AssertionError("no choice \"" + label + "\" in:\n" + lastText());
        }
        return line.group(1);
    }

    /** Sends a photo: the fake serves {@code content} at the URL the webhook carries. */
    MessengerPerson sendsPhoto(String name, byte[] content) throws InterruptedException {
        URI url = harness.graph.serveAttachment(name, content);
        return deliver(Webhooks.body(Webhooks.attachment(psid, mid(), now(), "image", url)));
    }

    MessengerPerson sendsFile(String name, byte[] content) throws InterruptedException {
        URI url = harness.graph.serveAttachment(name, content);
        return deliver(Webhooks.body(Webhooks.attachment(psid, mid(), now(), "file", url)));
    }

    MessengerPerson deliver(byte[] body) throws InterruptedException {
        harness.post(body);
        harness.awaitQuiet();
        List<FakeGraphApi.Call> toMe = harness.graph.sentTo(psid);
        last = toMe.subList(seen, toMe.size());
        seen = toMe.size();
        return this;
    }

    MessengerPerson expect(String fragment) {
        if (last.stream().noneMatch(c -> c.text().contains(fragment))) {
            throw new AssertionError("expected a message containing \"" + fragment + "\" but the bot sent:\n" + lastText());
        }
        return this;
    }

    MessengerPerson expectQuickReply(String title) {
        if (last.stream().noneMatch(c -> c.quickReplies().contains(title))) {
            throw new AssertionError("expected a quick reply \"" + title + "\" but the bot sent:\n" + lastText());
        }
        return this;
    }

    MessengerPerson expectFile(String nameFragment) {
        if (last.stream().noneMatch(c -> c.fileName().contains(nameFragment))) {
            throw new AssertionError("expected a file named like \"" + nameFragment + "\" but the bot sent:\n" + lastText());
        }
        return this;
    }

    List<FakeGraphApi.Call> last() {
        return last;
    }

    static String mid() {
        return "m_" + Integer.toHexString(0x5a000000 + MIDS.incrementAndGet()) + "AbCdEfGhIjKlMnOp";
    }

    long now() {
        return harness.relais.clock().instant().toEpochMilli();
    }

    String lastText() {
        return last.stream().map(c -> "  > " + (c.fileName().isEmpty() ? c.text() : "[file " + c.fileName() + "]")
                        .replace("\n", "\n    ") + (c.quickReplies().isEmpty() ? ""
                        : c.quickReplies().stream().map(q -> "[" + q + "]").collect(Collectors.joining(" ", "\n    ", ""))))
                .collect(Collectors.joining("\n"));
    }
}
