package app.relais.bot.messenger;

import app.relais.bot.channel.TextSplitter;
import app.relais.conversation.Choice;
import app.relais.conversation.FileRef;
import app.relais.conversation.InputHint;
import app.relais.conversation.Link;
import app.relais.conversation.Reply;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders an engine {@link Reply} as Messenger messages: the text, split below Messenger's 2,000
 * characters with a margin (some clients refuse a little less); links written into the text,
 * where Messenger makes them clickable, never cut across two messages; each file as an attachment; the choices as quick replies
 * on the last message. Quick replies hold at most 13 buttons of 20 characters: when a reply has
 * more, or longer labels, its choices become a numbered list in the text, with the numbers as
 * quick replies when there are 13 or fewer, and the person may also type the number. A question
 * waiting for an email address or a phone number also gets Messenger's button that fills in the
 * person's own.
 */
final class ReplyRenderer {

    private static final Logger log = LoggerFactory.getLogger(ReplyRenderer.class);

    static final int TEXT_LIMIT = 1900;
    static final int MAX_QUICK_REPLIES = 13;
    static final int MAX_TITLE = 20;

    /** The messages of one reply, and the choice ids it numbered (null: its choices were buttons, or it had none). */
    record Rendered(List<Outgoing> messages, List<String> numbered) {
    }

    Rendered render(Reply reply) {
        List<Choice> choices = reply.choices();
        boolean numbered = !choices.isEmpty() && !fitsQuickReplies(choices);
        List<String> parts = new ArrayList<>();
        if (!reply.text().isBlank()) {
            parts.addAll(TextSplitter.split(reply.text().strip(), TEXT_LIMIT));
        }
        for (Link link : reply.links()) {
            append(parts, link.label() + "\n" + link.url(), "\n\n");
        }
        if (numbered) {
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < choices.size(); i++) {
                list.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(choices.get(i).label());
            }
            for (String part : TextSplitter.split(list.toString(), TEXT_LIMIT)) {
                append(parts, part, "\n\n");
            }
        }
        List<Outgoing> out = new ArrayList<>();
        for (String part : parts) {
            out.add(new Outgoing.Text(part, List.of()));
        }
        for (FileRef file : reply.files()) {
            out.add(new Outgoing.File(file.fileId(), file.name(), file.mime(), List.of()));
        }
        List<SendApi.QuickReply> quickReplies = withProfileButton(quickReplies(choices, numbered), reply.hint(), choices);
        if (!quickReplies.isEmpty()) {
            if (out.isEmpty()) {
                // Messenger puts quick replies under a message: buttons alone need some text.
                out.add(new Outgoing.Text("…", List.of()));
            }
            out.set(out.size() - 1, out.get(out.size() - 1).withQuickReplies(quickReplies));
        }
        return new Rendered(out, numbered ? choices.stream().map(Choice::id).toList() : null);
    }

    /**
     * Adds a block (a link, a list) to the last message when it fits, else as a message of its own:
     * a link is never cut in two. A link longer than a whole message (a mailto: carrying a long
     * draft) cannot be sent whole and is left out; the reply's text and files still carry the draft.
     */
    private static void append(List<String> parts, String block, String separator) {
        if (block.length() > TEXT_LIMIT) {
            log.debug("a link of {} characters does not fit in a Messenger message; left out", block.length());
            return;
        }
        int last = parts.size() - 1;
        if (last >= 0 && parts.get(last).length() + separator.length() + block.length() <= TEXT_LIMIT) {
            parts.set(last, parts.get(last) + separator + block);
        } else {
            parts.add(block);
        }
    }

    private static List<SendApi.QuickReply> quickReplies(List<Choice> choices, boolean numbered) {
        if (choices.size() > MAX_QUICK_REPLIES) {
            return List.of();
        }
        List<SendApi.QuickReply> buttons = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            Choice choice = choices.get(i);
            buttons.add(SendApi.QuickReply.text(numbered ? Integer.toString(i + 1) : choice.label(), choice.id()));
        }
        return buttons;
    }

    /**
     * Messenger has no placeholder to say what to type, and the question already says it; but for
     * an email address or a phone number it offers a button that fills in the person's own from
     * their profile (shown only when the profile has one). Not when the choices were too many for
     * quick replies: the person answers those by number.
     */
    private static List<SendApi.QuickReply> withProfileButton(List<SendApi.QuickReply> buttons, InputHint hint,
                                                              List<Choice> choices) {
        SendApi.QuickReply profile = hint == InputHint.EMAIL ? SendApi.QuickReply.userEmail()
                : hint == InputHint.PHONE ? SendApi.QuickReply.userPhoneNumber() : null;
        if (profile == null || buttons.size() >= MAX_QUICK_REPLIES || choices.size() > MAX_QUICK_REPLIES) {
            return buttons;
        }
        List<SendApi.QuickReply> all = new ArrayList<>(buttons.size() + 1);
        all.add(profile);
        all.addAll(buttons);
        return all;
    }

    static boolean fitsQuickReplies(List<Choice> choices) {
        return choices.size() <= MAX_QUICK_REPLIES && choices.stream()
                .allMatch(c -> !c.label().isBlank() && c.label().codePointCount(0, c.label().length()) <= MAX_TITLE);
    }
}
