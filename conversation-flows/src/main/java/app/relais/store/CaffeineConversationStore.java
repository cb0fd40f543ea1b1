package app.relais.store;

import app.relais.conversation.ConversationKey;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;

/**
 * An in-memory store with a bounded size and an idle expiry; used alone in tests and benchmarks,
 * and in front of the database as the hot cache.
 */
public final class CaffeineConversationStore implements ConversationStore {

    private final Cache<ConversationKey, ConversationSnapshot> cache;

    public CaffeineConversationStore(long maximumSize, Duration idleExpiry) {
        this.cache = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterAccess(idleExpiry).build();
    }

    @Override
    public Optional<ConversationSnapshot> load(ConversationKey key) {
        return Optional.ofNullable(cache.getIfPresent(key));
    }

    @Override
    public void save(ConversationSnapshot snapshot) {
        cache.asMap().compute(snapshot.key(), (key, current) -> {
            long expected = current == null ? 0 : current.version();
            if (snapshot.version() != expected + 1) {
                throw new ConcurrentUpdateException("conversation " + key + " is at version " + expected
                        + ", not " + (snapshot.version() - 1));
            }
            return snapshot;
        });
    }

    @Override
    public void delete(ConversationKey key) {
        cache.invalidate(key);
    }

    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }
}
