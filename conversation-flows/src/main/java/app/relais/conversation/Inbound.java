package app.relais.conversation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing a user did on a channel, already translated by the channel's inbound mapper.
 * {@code locale} is the user's locale when the channel knows it (Telegram's language_code, the
 * browser's language), else null.
 */
public sealed interface Inbound permits Inbound.Text, Inbound.Choice, Inbound.Attachment, Inbound.Command {

    ConversationKey key();

    Locale locale();

    /** Typed text. Text starting with '/' is read as a command by the engine. */
    record Text(ConversationKey key, String text, Locale locale) implements Inbound {
        public Text {
            Objects.requireNonNull(key);
            Objects.requireNonNull(text);
        }
    }

    /** A quick-reply button; {@code choiceId} is the id of a {@link app.relais.conversation.Choice}. */
    record Choice(ConversationKey key, String choiceId, Locale locale) implements Inbound {
        public Choice {
            Objects.requireNonNull(key);
            Objects.requireNonNull(choiceId);
        }
    }

    /**
     * One or more files already accepted into the file store (an album on Telegram arrives as one
     * attachment event with several ids). {@code caption} may be null.
     */
    record Attachment(ConversationKey key, List<String> fileIds, String caption, Locale locale) implements Inbound {
        public Attachment {
            Objects.requireNonNull(key);
            fileIds = List.copyOf(fileIds);
            if (fileIds.isEmpty()) {
                throw new IllegalArgumentException("an attachment carries at least one file");
            }
        }
    }

    /** A command such as {@code /start outage}; {@code name} without the slash, lower case. */
    record Command(ConversationKey key, String name, String argument, Locale locale) implements Inbound {
        public Command {
            Objects.requireNonNull(key);
            Objects.requireNonNull(name);
            argument = argument == null ? "" : argument;
        }
    }
}
