package app.relais.files;

import app.relais.conversation.ConversationKey;
import java.time.Instant;

/**
 * A file kept for one conversation, with the provenance a support team may ask about: the name
 * as the user's device gave it ({@code originalName}, null for a file Relais generated), the safe
 * name it is shown and archived under, the type detected from the content, its SHA-256, when it
 * was received (UTC) and the channel it came through.
 */
public record StoredFile(String id, ConversationKey owner, String name, String originalName, String mime,
                         long size, String sha256, Instant receivedAt) {

    /** A file Relais generated itself (a draft, an archive): it has no original name. */
    public StoredFile(String id, ConversationKey owner, String name, String mime, long size, String sha256,
                      Instant receivedAt) {
        this(id, owner, name, null, mime, size, sha256, receivedAt);
    }

    /** The channel the file came through ({@code telegram}, {@code web}...): its owner's. */
    public String channel() {
        return owner.channel();
    }

    public boolean generated() {
        return originalName == null;
    }
}
