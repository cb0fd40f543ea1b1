package app.relais.testing;

import app.relais.conversation.Choice;
import app.relais.conversation.ConversationEngine;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.Dispatch;
import app.relais.conversation.Inbound;
import app.relais.conversation.Replies;
import app.relais.conversation.Reply;
import app.relais.files.FileIntake;
import app.relais.outbox.Outbox;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A transcript-style test conversation:
 * {@code conversation.send("mon compte facebook est piraté").expectReply(containing("facebook.com/hacked"))}.
 * Buttons are tapped by their label (or id) among the last replies' choices, as a user would.
 */
public final class Conversation {

    private final ConversationEngine engine;
    private final FileIntake intake;
    private final ConversationKey key;
    private final Locale locale;
    private final List<Reply> transcript = new ArrayList<>();
    private List<Reply> last = List.of();
    private Replies lastTurn = new Replies(List.of());
    private Outbox outbox;

    public Conversation(ConversationEngine engine, FileIntake intake, ConversationKey key, Locale locale) {
        this.engine = engine;
        this.intake = intake;
        this.key = key;
        this.locale = locale;
    }

    public ConversationKey key() {
        return key;
    }

    public Locale locale() {
        return locale;
    }

    public Conversation send(String text) {
        return deliver(new Inbound.Text(key, text, locale));
    }

    public Conversation command(String name, String argument) {
        return deliver(new Inbound.Command(key, name, argument, locale));
    }

    /** Taps the button whose label or id is {@code labelOrId} among the last replies. */
    public Conversation tap(String labelOrId) {
        Choice choice = last.stream().flatMap(r -> r.choices().stream())
                .filter(c -> c.label().equals(labelOrId) || c.id().equals(labelOrId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button \"" + labelOrId + "\" in the last replies:\n" + lastText()));
        return deliver(new Inbound.Choice(key, choice.id(), locale));
    }

    /**
     * Taps a button when the last replies offer it, else does nothing: for a question the bot asks
     * only when it is unsure (a visitor's first words that could be for the business or not).
     */
    public Conversation tapIfOffered(String labelOrId) {
        boolean offered = last.stream().flatMap(r -> r.choices().stream())
                .anyMatch(c -> c.label().equals(labelOrId) || c.id().equals(labelOrId));
        return offered ? tap(labelOrId) : this;
    }

    /** Sends files as the user would: through the intake, then as one attachment event. */
    public Conversation upload(String name, byte[] content) {
        FileIntake.Outcome outcome = intake.accept(key, name, content);
        if (!(outcome instanceof FileIntake.Accepted accepted)) {
            throw new AssertionError("the file " + name + " was refused: " + outcome);
        }
        return deliver(new Inbound.Attachment(key, List.of(accepted.file().id()), null, locale));
    }

    public Conversation expectReply(ReplyMatchers.Matcher matcher) {
        if (last.stream().noneMatch(matcher.test())) {
            throw new AssertionError("expected " + matcher.description() + " but the bot said:\n" + lastText());
        }
        return this;
    }

    public Conversation expectNoReply(ReplyMatchers.Matcher matcher) {
        if (last.stream().anyMatch(matcher.test())) {
            throw new AssertionError("expected no " + matcher.description() + " but the bot said:\n" + lastText());
        }
        return this;
    }

    public List<Reply> lastReplies() {
        return last;
    }

    /** The last answer as the channel got it: the replies and what it says about the turn (language, masking, erasure). */
    public Replies lastTurn() {
        return lastTurn;
    }

    public List<Reply> transcript() {
        return List.copyOf(transcript);
    }

    public String lastText() {
        return last.stream().map(r -> "  > " + r.text().replace("\n", "\n    ")
                        + (r.choices().isEmpty() ? "" : "\n    [" + r.choices().stream().map(Choice::label)
                        .collect(Collectors.joining("] [")) + "]"))
                .collect(Collectors.joining("\n"));
    }

    /**
     * Marks each turn's replies sent in {@code value} once they arrive here, as a channel does once
     * the person received them: the outbox then owes only what the bot writes outside a turn.
     */
    public Conversation markingSentIn(Outbox value) {
        this.outbox = value;
        return this;
    }

    private Conversation deliver(Inbound inbound) {
        Replies replies = engine.handle(inbound);
        lastTurn = replies;
        if (outbox != null && replies.id() != 0) {
            outbox.sent(Dispatch.of(key, replies), replies.replies().size());
        }
        last = replies.replies();
        transcript.addAll(last);
        return this;
    }
}
