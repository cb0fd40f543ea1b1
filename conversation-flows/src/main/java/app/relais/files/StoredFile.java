package app.relais.files;

import app.relais.conversation.ConversationKey;
import java.time.Instant;

/**
 * A file kept for one conversation, with the provenance a support team may ask about: the
 * original name, the type detected from the content, its SHA-256 and when it was received (UTC).
 */
public record StoredFile(String id, ConversationKey owner, String name, String mime, long size,
                        String sha256, Instant receivedAt) {
}
