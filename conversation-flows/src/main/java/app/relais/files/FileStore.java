package app.relais.files;

import app.relais.conversation.ConversationKey;
import java.util.List;
import java.util.Optional;

/** Where files live; the durable implementation keeps them in the database so every instance sees them. */
public interface FileStore {

    /**
     * Keeps a file. {@code name} is already safe ({@link SafeFileName}); {@code originalName} is
     * the name the user's device gave, kept as provenance, or null for a file Relais generated.
     */
    StoredFile save(ConversationKey owner, String name, String originalName, String mime, byte[] content);

    /** Keeps a file Relais generated (a draft, an archive, a reminder). */
    default StoredFile save(ConversationKey owner, String name, String mime, byte[] content) {
        return save(owner, name, null, mime, content);
    }

    Optional<StoredFile> find(String id);

    Optional<byte[]> content(String id);

    List<StoredFile> ownedBy(ConversationKey owner);

    void deleteAll(ConversationKey owner);
}
