package app.relais.webchat.socket;

import app.relais.conversation.ConversationKey;
import app.relais.conversation.OutboundGateway;
import app.relais.handoff.AgentLine;
import app.relais.conversation.Reply;
import app.relais.webchat.WebChat;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Pushes messages the bot sends on its own to every socket a session has open here, as
 * {@code bot} frames; with none open they go to {@link UndeliveredReplies}.
 */
final class WebChatGateway implements OutboundGateway, AgentLine {

    private final LiveSockets sockets;
    private final BotFrames frames;
    private final UndeliveredReplies undelivered;

    WebChatGateway(LiveSockets sockets, BotFrames frames, UndeliveredReplies undelivered) {
        this.sockets = sockets;
        this.frames = frames;
        this.undelivered = undelivered;
    }

    @Override
    public String channel() {
        return WebChat.CHANNEL;
    }

    @Override
    public void send(ConversationKey key, List<Reply> replies) {
        List<ChatConnection> open = sockets.of(key.externalId());
        if (open.isEmpty()) {
            undelivered.keep(key, replies);
            return;
        }
        for (Reply reply : replies) {
            String frame = frames.render(key.externalId(), reply);
            open.forEach(c -> c.send(frame));
        }
    }

    /** An agent's message as an {@code agent} frame; kept like any other message when no socket is open here. */
    @Override
    public void sendAgent(ConversationKey key, String agentName, String text) {
        List<ChatConnection> open = sockets.of(key.externalId());
        if (open.isEmpty()) {
            undelivered.keep(key, List.of(Reply.text(text)));
            return;
        }
        String frame = frames.agent(agentName, text);
        open.forEach(c -> c.send(frame));
    }

    /** A message sent later reaches only a page that is open (or reopened): never someone away from it. */
    @Override
    public boolean reachesAway() {
        return false;
    }

    /** The time zone an open page of the session said it is in. */
    @Override
    public Optional<ZoneId> zone(ConversationKey key) {
        return sockets.of(key.externalId()).stream().map(ChatConnection::zone).filter(Objects::nonNull).findFirst();
    }

    /** Whether the session has a socket open on this instance (the hand-off's presence check). */
    boolean online(ConversationKey key) {
        return !sockets.of(key.externalId()).isEmpty();
    }
}
