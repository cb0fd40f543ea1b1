package app.relais.files;

import app.relais.conversation.ConversationKey;
import java.util.List;
import java.util.Optional;

/** Where files live; the durable implementation keeps them in the database so every instance sees them. */
public interface FileStore {

    StoredFile save(ConversationKey owner, String name, String mime, byte[] content);

    Optional<StoredFile> find(String id);

    Optional<byte[]> content(String id);

    List<StoredFile> ownedBy(ConversationKey owner);

    void deleteAll(ConversationKey owner);
}
