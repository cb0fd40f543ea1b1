package app.relais.webchat.socket;

import app.relais.conversation.Author;
import app.relais.conversation.Dispatch;
import app.relais.conversation.Reply;
import app.relais.outbox.Outlet;
import java.util.List;

/**
 * The web chat's {@link Outlet}: a reply becomes a {@code bot} frame (an agent's an {@code agent}
 * frame) with its stable id, sent to the given sockets of one session. Accepted when at least one
 * socket took it; with none open it stays owed until the session resumes. The widget drops a frame
 * whose id it already showed, so replies are marked sent once per dispatch.
 */
final class SocketOutlet implements Outlet {

    private final String sessionId;
    private final List<ChatConnection> sockets;
    private final BotFrames frames;

    SocketOutlet(String sessionId, List<ChatConnection> sockets, BotFrames frames) {
        this.sessionId = sessionId;
        this.sockets = sockets;
        this.frames = frames;
    }

    @Override
    public void send(Dispatch dispatch, int index) throws NoSocket {
        Reply reply = dispatch.replies().get(index);
        long id = dispatch.messageId(index);
        String frame = dispatch.author() == Author.AGENT
                ? frames.agent(sessionId, id, dispatch.name(), reply.text())
                : frames.render(sessionId, id, reply, dispatch.language());
        boolean accepted = false;
        for (ChatConnection socket : sockets) {
            accepted |= socket.send(frame);
        }
        if (!accepted) {
            throw new NoSocket();
        }
    }

    @Override
    public boolean deduplicates() {
        return true;
    }

    /** No socket of the session took the frame: it waits for the session to resume. */
    static final class NoSocket extends Exception {
        NoSocket() {
            super("no open socket", null, false, false);
        }
    }
}
