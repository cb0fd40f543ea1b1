package app.relais.outage;

import app.relais.conversation.ConversationKey;
import java.util.Optional;

/**
 * Addresses of Relais's own pages (the admin page, the status page, the web chat) for links the
 * bot sends. With the public address ({@code RELAIS_PUBLIC_URL}) they are absolute; without it
 * only the web chat gets them, as paths its widget resolves against its own server, and other
 * channels get none rather than a link that leads nowhere.
 */
public final class SiteLinks {

    /** The web chat's channel name: its widget resolves a path against the server it came from. */
    private static final String WEB = "web";

    private final String publicUrl;

    /** {@code publicUrl}: e.g. https://relais.example.org, or null when unknown. */
    public SiteLinks(String publicUrl) {
        this.publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.strip().replaceAll("/+$", "");
    }

    public static SiteLinks none() {
        return new SiteLinks(null);
    }

    /** A link to {@code path} a person on this conversation's channel can follow. */
    public Optional<String> to(String path, ConversationKey conversation) {
        if (publicUrl != null) {
            return Optional.of(publicUrl + path);
        }
        return WEB.equals(conversation.channel()) ? Optional.of(path) : Optional.empty();
    }

    /** An absolute link to {@code path}, for texts posted elsewhere; empty without the public address. */
    public Optional<String> absolute(String path) {
        return Optional.ofNullable(publicUrl).map(base -> base + path);
    }
}
