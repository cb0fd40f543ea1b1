package app.relais.webchat.socket;

import app.relais.conversation.Reply;
import app.relais.webchat.files.DownloadLinks;

/** A reply rendered for one session: its next frame id, and download links only that session can use. */
final class BotFrames {

    private final FrameRenderer renderer;
    private final FrameIds ids;
    private final DownloadLinks links;

    BotFrames(FrameRenderer renderer, FrameIds ids, DownloadLinks links) {
        this.renderer = renderer;
        this.ids = ids;
        this.links = links;
    }

    String render(String sessionId, Reply reply) {
        return render(sessionId, reply, null);
    }

    /** {@code language}: the conversation's, when the turn says it (null otherwise). */
    String render(String sessionId, Reply reply, String language) {
        return renderer.bot(ids.next(sessionId), reply, language, file -> links.url(sessionId, file.fileId()));
    }

    String masked(String id, String text) {
        return renderer.masked(id, text);
    }

    String forgotten() {
        return renderer.forgotten();
    }

    String agent(String name, String text) {
        return renderer.agent(name, text);
    }

    String banner(String level, String text) {
        return renderer.banner(level, text);
    }
}
