package app.relais.webchat.socket;

import app.relais.conversation.Reply;
import app.relais.webchat.files.DownloadLinks;

/**
 * A message rendered for one session: its id (the stored message's stable id, or a fresh one for a
 * message that was not stored), and download links only that session can use, signed now: a reply
 * sent again after a crash or on resume carries fresh links.
 */
final class BotFrames {

    private final FrameRenderer renderer;
    private final FrameIds ids;
    private final DownloadLinks links;

    BotFrames(FrameRenderer renderer, FrameIds ids, DownloadLinks links) {
        this.renderer = renderer;
        this.ids = ids;
        this.links = links;
    }

    /**
     * A bot frame; {@code messageId} 0 for a message that was not stored; {@code language} the
     * conversation's, when the turn says it (null otherwise).
     */
    String render(String sessionId, long messageId, Reply reply, String language) {
        return renderer.bot(id(sessionId, messageId), reply, language, file -> links.url(sessionId, file.fileId()));
    }

    String masked(String id, String text) {
        return renderer.masked(id, text);
    }

    String forgotten() {
        return renderer.forgotten();
    }

    String agent(String sessionId, long messageId, String name, String text) {
        return renderer.agent(id(sessionId, messageId), name, text);
    }

    String banner(String level, String text) {
        return renderer.banner(level, text);
    }

    private String id(String sessionId, long messageId) {
        return messageId == 0 ? ids.next(sessionId) : ids.stable(sessionId, messageId);
    }
}
