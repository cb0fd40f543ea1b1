package app.relais.bot.store;

import app.relais.conversation.ConversationKey;
import app.relais.store.ConcurrentUpdateException;
import app.relais.store.ConversationSnapshot;
import app.relais.store.ConversationStore;
import app.relais.store.TurnRecord;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;

/**
 * Hot snapshots in Caffeine in front of the database. Writes go to the database first and to
 * the cache only once they are durable. With several instances a cached snapshot may be stale;
 * the stale version then fails the database's version check, the entry is dropped and the engine
 * retries from the database's row.
 */
public final class CachedConversationStore implements ConversationStore {

    private final ConversationStore durable;
    private final Cache<ConversationKey, ConversationSnapshot> hot;

    public CachedConversationStore(ConversationStore durable, long maximumSize, Duration idle) {
        this.durable = durable;
        this.hot = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterAccess(idle).build();
    }

    @Override
    public Optional<ConversationSnapshot> load(ConversationKey key) {
        ConversationSnapshot cached = hot.getIfPresent(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<ConversationSnapshot> stored = durable.load(key);
        stored.ifPresent(s -> hot.put(key, s));
        return stored;
    }

    @Override
    public void save(ConversationSnapshot snapshot) {
        save(snapshot, null);
    }

    @Override
    public void save(ConversationSnapshot snapshot, TurnRecord turn) {
        try {
            if (turn == null) {
                durable.save(snapshot);
            } else {
                durable.save(snapshot, turn);
            }
        } catch (ConcurrentUpdateException e) {
            hot.invalidate(snapshot.key());
            throw e;
        }
        hot.put(snapshot.key(), snapshot);
    }

    @Override
    public void delete(ConversationKey key) {
        durable.delete(key);
        hot.invalidate(key);
    }

    /** Forgets the cached copy, e.g. when another instance announces a change. */
    public void evict(ConversationKey key) {
        hot.invalidate(key);
    }
}
