package app.relais.outbox;

import app.relais.conversation.Author;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.Dispatch;
import app.relais.conversation.FileRef;
import app.relais.conversation.Reply;
import app.relais.files.FileStore;
import app.relais.store.ConversationSnapshot;
import app.relais.store.ConversationStore;
import app.relais.store.LogEntry;
import app.relais.store.MessageTime;
import app.relais.store.TurnRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The outbox and transcript in memory: engine tests and single-process trials. Turns reach it
 * through {@link #recording}, the conversation store it wraps.
 */
public final class InMemoryOutbox implements Outbox {

    private final Map<ConversationKey, List<OutboxRow>> rows = new ConcurrentHashMap<>();
    private final Clock clock;
    private final FileStore files;

    public InMemoryOutbox(Clock clock, FileStore files) {
        this.clock = clock;
        this.files = files;
    }

    /** {@code store}, with every saved turn also written here (after its snapshot, as one step). */
    public ConversationStore recording(ConversationStore store) {
        return new ConversationStore() {
            @Override
            public Optional<ConversationSnapshot> load(ConversationKey key) {
                return store.load(key);
            }

            @Override
            public void save(ConversationSnapshot snapshot) {
                store.save(snapshot);
            }

            @Override
            public void save(ConversationSnapshot snapshot, TurnRecord turn) {
                store.save(snapshot);
                append(new OutboxRow(turn.inbound(), turn.replies()));
            }

            @Override
            public void delete(ConversationKey key) {
                store.delete(key);
            }
        };
    }

    @Override
    public Dispatch post(ConversationKey to, Author author, String name, String language, List<Reply> replies) {
        List<OutboxRow> list = rows.computeIfAbsent(to, k -> new ArrayList<>());
        synchronized (list) {
            long latest = list.isEmpty() ? 0 : list.get(list.size() - 1).dispatch().id();
            Dispatch dispatch = new Dispatch(to, MessageTime.posted(clock.instant(), latest), author, name, language,
                    replies, 0);
            list.add(new OutboxRow(null, dispatch));
            return dispatch;
        }
    }

    @Override
    public List<Dispatch> owed(ConversationKey key, long seenUpTo) {
        return OutboxRows.owed(snapshot(key).stream().map(OutboxRow::dispatch).toList(), seenUpTo);
    }

    @Override
    public CompletionStage<Void> sent(Dispatch dispatch, int count) {
        List<OutboxRow> list = rows.get(dispatch.key());
        if (list != null) {
            synchronized (list) {
                list.replaceAll(row -> row.dispatch().id() == dispatch.id()
                        ? new OutboxRow(row.person(), row.dispatch().sentUpTo(count)) : row);
            }
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public List<ConversationKey> owing(String channel, Instant before, int limit) {
        long until = MessageTime.micros(before);
        return rows.entrySet().stream()
                .filter(e -> e.getKey().channel().equals(channel))
                .filter(e -> snapshot(e.getKey()).stream().map(OutboxRow::dispatch)
                        .anyMatch(d -> !d.done() && d.id() < until))
                .map(Map.Entry::getKey).limit(limit).toList();
    }

    @Override
    public void erase(ConversationKey key) {
        rows.remove(key);
    }

    @Override
    public List<LogEntry> entries(ConversationKey key) {
        return OutboxRows.entries(snapshot(key), this::file);
    }

    private Optional<FileRef> file(String id) {
        return files.find(id).map(f -> new FileRef(f.id(), f.name(), f.mime(), f.size()));
    }

    private void append(OutboxRow row) {
        List<OutboxRow> list = rows.computeIfAbsent(row.dispatch().key(), k -> new ArrayList<>());
        synchronized (list) {
            int at = list.size();
            while (at > 0 && list.get(at - 1).dispatch().id() > row.dispatch().id()) {
                at--;
            }
            list.add(at, row);
        }
    }

    private List<OutboxRow> snapshot(ConversationKey key) {
        List<OutboxRow> list = rows.get(key);
        if (list == null) {
            return List.of();
        }
        synchronized (list) {
            return List.copyOf(list);
        }
    }
}
