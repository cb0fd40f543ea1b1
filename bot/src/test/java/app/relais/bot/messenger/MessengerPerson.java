package app.relais.bot.messenger;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person writing to the Page through Messenger, as a transcript:
 * {@code person.says("...").expect("...").taps("Oui, c’est ça")}. Each event gets a fresh {@code mid}
 * and a timestamp on the line's clock; what the bot sent is read from the fake Graph API. Checks
 * look at what reached this person since their last message and wait for it (bounded), so the
 * same transcript works in process and against the packaged application.
 */
public final class MessengerPerson {

    /** How events reach Relais: posted to the adapter in process, or to the webhook over HTTP. */
    public interface Line {
        FakeGraphApi graph();

        /** Posts a webhook body; in process, returns once its events are handled. */
        void post(byte[] body) throws InterruptedException;

        long now();
    }

    static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final AtomicInteger MIDS = new AtomicInteger();

    private final Line line;
    private final String psid;
    private int mark;

    public MessengerPerson(Line line, String psid) {
        this.line = line;
        this.psid = psid;
    }

    public String psid() {
        return psid;
    }

    public MessengerPerson says(String text) throws InterruptedException {
        return deliver(Webhooks.body(Webhooks.text(psid, mid(), line.now(), text)));
    }

    /**
     * Taps a quick reply of the bot's messages since this person's last one, by its title; a choice
     * too long for a quick reply is found in the numbered list and its number tapped, as a person
     * reading it would.
     */
    public MessengerPerson taps(String label) throws InterruptedException {
        await(calls -> calls.stream().anyMatch(c -> c.payloadOf(label) != null) || numberOf(label, calls) != null,
                "a quick reply \"" + label + "\"");
        List<FakeGraphApi.Call> calls = fresh();
        String title = calls.stream().anyMatch(c -> c.payloadOf(label) != null) ? label : numberOf(label, calls);
        String payload = calls.stream().map(c -> c.payloadOf(title)).filter(p -> p != null).findFirst()
                .orElseThrow(() -> new AssertionError("no quick reply \"" + title + "\" in:\n" + text(calls)));
        return deliver(Webhooks.body(Webhooks.quickReply(psid, mid(), line.now(), title, payload)));
    }

    /**
     * Taps Messenger's button offering the address (or number) of the person's profile, which
     * posts it as both the text and the payload of a quick reply.
     */
    public MessengerPerson tapsProfileButton(String contentType, String value) throws InterruptedException {
        await(calls -> calls.stream().anyMatch(c -> c.profileButtons().contains(contentType)),
                "Messenger's " + contentType + " button");
        return deliver(Webhooks.body(Webhooks.quickReply(psid, mid(), line.now(), value, value)));
    }

    /** Sends a photo: the fake serves {@code content} at the URL the webhook carries. */
    public MessengerPerson sendsPhoto(String name, byte[] content) throws InterruptedException {
        URI url = line.graph().serveAttachment(name, content);
        return deliver(Webhooks.body(Webhooks.attachment(psid, mid(), line.now(), "image", url)));
    }

    public MessengerPerson sendsFile(String name, byte[] content) throws InterruptedException {
        URI url = line.graph().serveAttachment(name, content);
        return deliver(Webhooks.body(Webhooks.attachment(psid, mid(), line.now(), "file", url)));
    }

    public MessengerPerson deliver(byte[] body) throws InterruptedException {
        mark = line.graph().sentTo(psid).size();
        line.post(body);
        return this;
    }

    /** Waits for a message containing {@code fragment} among those sent to this person since their last message. */
    public MessengerPerson expect(String fragment) throws InterruptedException {
        await(calls -> calls.stream().anyMatch(c -> c.text().contains(fragment)), "a message containing \"" + fragment + "\"");
        return this;
    }

    public MessengerPerson expectQuickReply(String title) throws InterruptedException {
        await(calls -> calls.stream().anyMatch(c -> c.quickReplies().contains(title)), "a quick reply \"" + title + "\"");
        return this;
    }

    public MessengerPerson expectFile(String nameFragment) throws InterruptedException {
        await(calls -> calls.stream().anyMatch(c -> c.fileName().contains(nameFragment)),
                "a file named like \"" + nameFragment + "\"");
        return this;
    }

    /** The messages sent to this person since their last message. */
    public List<FakeGraphApi.Call> fresh() {
        List<FakeGraphApi.Call> all = line.graph().sentTo(psid);
        return all.subList(Math.min(mark, all.size()), all.size());
    }

    /** Every message sent to this person so far. */
    public List<FakeGraphApi.Call> received() {
        return line.graph().sentTo(psid);
    }

    private void await(Predicate<List<FakeGraphApi.Call>> test, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!test.test(fresh())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + what + " but the bot sent:\n" + text(fresh()));
            }
            Thread.sleep(20);
        }
    }

    private static String numberOf(String label, List<FakeGraphApi.Call> calls) {
        Matcher line = Pattern.compile("(?m)^(\\d+)\\. " + Pattern.quote(label) + "$")
                .matcher(calls.stream().map(FakeGraphApi.Call::text).collect(Collectors.joining("\n")));
        return line.find() ? line.group(1) : null;
    }

    static String mid() {
        return "m_" + Integer.toHexString(0x5a000000 + MIDS.incrementAndGet()) + "AbCdEfGhIjKlMnOp";
    }

    static String text(List<FakeGraphApi.Call> calls) {
        return calls.stream().map(c -> "  > " + (c.fileName().isEmpty() ? c.text() : "[file " + c.fileName() + "]")
                        .replace("\n", "\n    ") + (c.quickReplies().isEmpty() ? ""
                        : c.quickReplies().stream().map(q -> "[" + q + "]").collect(Collectors.joining(" ", "\n    ", ""))))
                .collect(Collectors.joining("\n"));
    }
}
