package app.relais.conversation;

import java.util.Objects;

/**
 * Identifies one conversation: the channel's name and that channel's own chat id, opaque to the
 * engine (a Telegram chat id, a web chat session token...).
 */
public record ConversationKey(String channel, String externalId) {

    public ConversationKey {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(externalId, "externalId");
        if (channel.isBlank() || channel.contains(":")) {
            throw new IllegalArgumentException("channel must be a plain name: " + channel);
        }
    }

    /** The stable text form, {@code channel:externalId}, used as a storage key. */
    public String asString() {
        return channel + ":" + externalId;
    }

    public static ConversationKey parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("not a conversation key: " + text);
        }
        return new ConversationKey(text.substring(0, colon), text.substring(colon + 1));
    }

    @Override
    public String toString() {
        return asString();
    }
}
