package app.relais.files;

import app.relais.conversation.ConversationKey;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A file store for tests and single-process trials. */
public final class InMemoryFileStore implements FileStore {

    private record Entry(StoredFile file, byte[] content) {
    }

    private final Map<String, Entry> files = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryFileStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public StoredFile save(ConversationKey owner, String name, String originalName, String mime, byte[] content) {
        StoredFile file = new StoredFile(FileIds.next(), owner, name, originalName, mime, content.length,
                Sha256.hex(content), clock.instant());
        files.put(file.id(), new Entry(file, content.clone()));
        return file;
    }

    @Override
    public Optional<StoredFile> find(String id) {
        return Optional.ofNullable(files.get(id)).map(Entry::file);
    }

    @Override
    public Optional<byte[]> content(String id) {
        return Optional.ofNullable(files.get(id)).map(e -> e.content().clone());
    }

    @Override
    public List<StoredFile> ownedBy(ConversationKey owner) {
        return files.values().stream().map(Entry::file).filter(f -> f.owner().equals(owner))
                .sorted(Comparator.comparing(StoredFile::receivedAt)).toList();
    }

    @Override
    public void deleteAll(ConversationKey owner) {
        files.values().removeIf(e -> e.file().owner().equals(owner));
    }
}
