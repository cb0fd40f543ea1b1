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
 * retries from the database's row. Each entry also remembers the head of the conversation's
 * chain of logged turns as of its version, so that a turn's log row is chained without reading it
 * ({@link JdbcConversationStore.LogHead}).
 */
public final class CachedConversationStore implements ConversationStore {

    private final ConversationStore durable;
    private final Cache<ConversationKey, Hot> hot;

    /** A cached snapshot and the chain's head as of its version (null: unknown, read when needed). */
    private record Hot(ConversationSnapshot snapshot, JdbcConversationStore.LogHead head) {
    }

    public CachedConversationStore(ConversationStore durable, long maximumSize, Duration idle) {
        this.durable = durable;
        this.hot = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterAccess(idle).build();
    }

    @Override
    public Optional<ConversationSnapshot> load(ConversationKey key) {
        Hot cached = hot.getIfPresent(key);
        if (cached != null) {
            return Optional.of(cached.snapshot());
        }
        if (durable instanceof JdbcConversationStore jdbc) {
            Optional<JdbcConversationStore.Stored> stored = jdbc.loadStored(key);
            stored.ifPresent(s -> hot.put(key, new Hot(s.snapshot(), s.head())));
            return stored.map(JdbcConversationStore.Stored::snapshot);
        }
        Optional<ConversationSnapshot> stored = durable.load(key);
        stored.ifPresent(s -> hot.put(key, new Hot(s, null)));
        return stored;
    }

    @Override
    public void save(ConversationSnapshot snapshot) {
        save(snapshot, null);
    }

    @Override
    public void save(ConversationSnapshot snapshot, TurnRecord turn) {
        JdbcConversationStore.LogHead head = null;
        try {
            if (durable instanceof JdbcConversationStore jdbc) {
                Hot cached = hot.getIfPresent(snapshot.key());
                boolean previousVersion = cached != null && cached.snapshot().version() == snapshot.version() - 1;
                head = jdbc.save(snapshot, turn, previousVersion ? cached.head() : null);
            } else if (turn == null) {
                durable.save(snapshot);
            } else {
                durable.save(snapshot, turn);
            }
        } catch (ConcurrentUpdateException e) {
            hot.invalidate(snapshot.key());
            throw e;
        }
        hot.put(snapshot.key(), new Hot(snapshot, head));
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
