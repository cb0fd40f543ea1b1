package app.relais.store;

import app.relais.conversation.Author;
import app.relais.conversation.FileRef;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One message of a conversation's transcript. {@code id} is the message's stable id (increasing
 * in the conversation; the web chat's frame id for the bot's messages). {@code name} is the agent's
 * for an agent's message, else null. {@code text} is what was shown: the person's masked text, the
 * label of the button they tapped, a command as typed ({@code /start outage}), a caption or "" for
 * files alone. {@code delivered}: the channel accepted the message (always true for the person's);
 * false while it waits for the person to come back or for the channel to recover.
 */
public record LogEntry(long id, Author who, String name, Instant at, String text, List<FileRef> files,
                       boolean delivered) {

    public LogEntry {
        Objects.requireNonNull(who);
        Objects.requireNonNull(at);
        text = text == null ? "" : text;
        files = List.copyOf(files);
    }
}
