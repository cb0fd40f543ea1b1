package app.relais.bot.messenger;

import app.relais.conversation.ConversationKey;
import app.relais.conversation.Reply;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The replies waiting in one process, for tests and for running without a database. */
final class InMemoryPendingReplies implements PendingReplies {

    private final Map<Long, Entry> entries = new TreeMap<>();
    private long next = 1;

    @Override
    public synchronized void add(ConversationKey key, List<Reply> replies, Kind kind, Instant at) {
        for (Reply reply : replies) {
            entries.put(next, new Entry(next, key, reply, kind, at));
            next++;
        }
    }

    @Override
    public synchronized List<Entry> pending(ConversationKey key) {
        return entries.values().stream().filter(e -> e.key().equals(key)).toList();
    }

    @Override
    public synchronized void sent(long id) {
        entries.remove(id);
    }

    @Override
    public synchronized void erase(ConversationKey key) {
        entries.values().removeIf(e -> e.key().equals(key));
    }

    @Override
    public synchronized List<ConversationKey> waiting(String channel) {
        List<ConversationKey> keys = new ArrayList<>();
        for (Entry entry : entries.values()) {
            if (entry.key().channel().equals(channel) && !keys.contains(entry.key())) {
                keys.add(entry.key());
            }
        }
        return keys;
    }
}
