package app.relais.webchat.files;

import app.relais.webchat.session.SessionTokens;

/**
 * Download URLs a browser can follow without headers: {@code /api/files/<id>?sig=<signature>}, the
 * signature binding the file to the session it was handed to. Relative to the chat server.
 */
public final class DownloadLinks {

    static final String PATH = "/api/files/";

    private final SessionTokens tokens;

    public DownloadLinks(SessionTokens tokens) {
        this.tokens = tokens;
    }

    public String url(String sessionId, String fileId) {
        return PATH + fileId + "?sig=" + tokens.signDownload(sessionId, fileId);
    }

    boolean allows(String sessionId, String fileId, String signature) {
        return tokens.verifyDownload(sessionId, fileId, signature);
    }
}
