package app.relais.webchat;

import app.relais.conversation.ConversationKey;

/** The channel's name and how a web session becomes a conversation key. */
public final class WebChat {

    /** The channel name in {@link ConversationKey}s and for the channel's outbound gateway. */
    public static final String CHANNEL = "web";

    /** The HTTP header carrying the session token on uploads (and, optionally, downloads). */
    public static final String SESSION_HEADER = "X-Relais-Session";

    private WebChat() {
    }

    public static ConversationKey key(String sessionId) {
        return new ConversationKey(CHANNEL, sessionId);
    }
}
