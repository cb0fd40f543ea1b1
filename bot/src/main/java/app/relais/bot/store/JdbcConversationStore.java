package app.relais.bot.store;

import app.relais.conversation.ConversationKey;
import app.relais.store.ConcurrentUpdateException;
import app.relais.store.ConversationSnapshot;
import app.relais.store.ConversationStore;
import app.relais.store.TurnRecord;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Conversation snapshots in a table, one row each. A save inserts version 1 or updates the row
 * whose version is exactly the previous one; anything else means another instance saved first.
 * A turn's record goes into the conversation log in the same work, hence the same transaction,
 * with whatever the channel committed alongside ({@link GroupCommit#withTurn}).
 */
public final class JdbcConversationStore implements ConversationStore {

    private final JdbcTemplate jdbc;
    private final GroupCommit writes;
    private final JdbcOutbox log;
    private final SnapshotCodec codec = new SnapshotCodec();

    /**
     * @param writes commits the saves, shared with the other stores on the same database
     * @param log    where turns are recorded with their snapshots; null to save snapshots only
     */
    public JdbcConversationStore(JdbcTemplate jdbc, GroupCommit writes, JdbcOutbox log) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.log = log;
    }

    /** Snapshots only, without a log (tools and benchmarks of the snapshot write alone). */
    public JdbcConversationStore(JdbcTemplate jdbc, GroupCommit writes) {
        this(jdbc, writes, null);
    }

    /**
     * What a caller knows of a conversation's latest logged turn after a snapshot version: its id
     * ({@code turnId}, null when none was logged yet). A null {@code LogHead} means unknown.
     */
    record LogHead(Long turnId) {
        static final LogHead NONE = new LogHead(null);
    }

    /** A snapshot with the head of its conversation's chain of turns, as {@link CachedConversationStore} keeps it. */
    record Stored(ConversationSnapshot snapshot, LogHead head) {
    }

    @Override
    public Optional<ConversationSnapshot> load(ConversationKey key) {
        return loadStored(key).map(Stored::snapshot);
    }

    Optional<Stored> loadStored(ConversationKey key) {
        List<Stored> rows = jdbc.query(
                "select flow, state, data, version, updated_at, log_head from conversations where conversation_key = ?",
                (rs, n) -> new Stored(new ConversationSnapshot(key, rs.getString(1), rs.getString(2),
                        codec.read(rs.getString(3)), rs.getLong(4), rs.getTimestamp(5).toInstant()),
                        new LogHead(rs.getObject(6) == null ? null : rs.getLong(6))),
                key.asString());
        return rows.stream().findFirst();
    }

    /** The JSON is written on the caller's thread; only the SQL waits for the shared commit. */
    @Override
    public void save(ConversationSnapshot s) {
        save(s, null);
    }

    @Override
    public void save(ConversationSnapshot s, TurnRecord turn) {
        save(s, turn, null);
    }

    /**
     * Saves the snapshot and the turn's log row, chained after {@code known}, the head as of the
     * previous version (null: unknown, then read in the transaction, before the update moves it).
     * Returns the head as of this version (null when unknown).
     */
    LogHead save(ConversationSnapshot s, TurnRecord turn, LogHead known) {
        String data = codec.write(s.data());
        Timestamp at = Timestamp.from(s.updatedAt());
        LocalDate on = day(s.updatedAt());
        JdbcOutbox.Encoded row = log == null || turn == null ? null : log.encode(turn);
        Runnable alongside = writes.takeWithSnapshot();
        try {
            writes.run(() -> {
                Long previous = row == null || s.version() == 1 ? null
                        : known != null ? known.turnId() : head(s.key());
                write(s, data, at, on, row == null ? null : row.turn().id());
                if (row != null) {
                    log.insert(row, previous);
                }
                if (alongside != null) {
                    alongside.run();
                }
            });
        } catch (ConcurrentUpdateException e) {
            // The engine tries the turn again from the newer snapshot: what the channel committed
            // alongside goes with that attempt.
            writes.giveBackWithSnapshot(alongside);
            throw e;
        }
        if (row != null) {
            return new LogHead(row.turn().id());
        }
        return s.version() == 1 ? LogHead.NONE : known;
    }

    /** The conversation's latest logged turn as stored; read by the writer only when no cache knows it. */
    private Long head(ConversationKey key) {
        List<Long> heads = jdbc.query("select log_head from conversations where conversation_key = ?",
                (rs, n) -> rs.getObject(1) == null ? null : rs.getLong(1), key.asString());
        return heads.isEmpty() ? null : heads.get(0);
    }

    /** Writes the snapshot; with a logged turn ({@code turnId} not null) it also moves the head of the chain to it. */
    private void write(ConversationSnapshot s, String data, Timestamp at, LocalDate on, Long turnId) {
        if (s.version() == 1) {
            try {
                jdbc.update("insert into conversations (conversation_key, flow, state, data, version, updated_at, updated_on, "
                        + "log_head) values (?, ?, ?, ?, 1, ?, ?, ?)", s.key().asString(), s.flow(), s.state(), data, at, on,
                        turnId);
                return;
            } catch (DuplicateKeyException e) {
                throw new ConcurrentUpdateException("conversation " + s.key() + " was created meanwhile");
            }
        }
        int updated = turnId == null
                ? jdbc.update("update conversations set flow = ?, state = ?, data = ?, version = ?, updated_at = ?, "
                                + "updated_on = ? where conversation_key = ? and version = ?",
                        s.flow(), s.state(), data, s.version(), at, on, s.key().asString(), s.version() - 1)
                : jdbc.update("update conversations set flow = ?, state = ?, data = ?, version = ?, updated_at = ?, "
                                + "updated_on = ?, log_head = ? where conversation_key = ? and version = ?",
                        s.flow(), s.state(), data, s.version(), at, on, turnId, s.key().asString(), s.version() - 1);
        if (updated != 1) {
            throw new ConcurrentUpdateException("conversation " + s.key() + " is no longer at version " + (s.version() - 1));
        }
    }

    @Override
    public void delete(ConversationKey key) {
        Runnable alongside = writes.takeWithSnapshot();
        writes.run(() -> {
            jdbc.update("delete from conversations where conversation_key = ?", key.asString());
            if (alongside != null) {
                alongside.run();
            }
        });
    }

    /**
     * Conversations nobody touched since {@code before}, for the retention job: the index on the day
     * narrows the search, the instant decides.
     */
    List<ConversationKey> idleSince(Instant before, int limit) {
        return jdbc.query("select conversation_key from conversations where updated_on <= ? and updated_at < ? "
                        + "order by updated_on",
                ps -> {
                    ps.setObject(1, day(before));
                    ps.setTimestamp(2, Timestamp.from(before));
                    ps.setMaxRows(limit);
                },
                (rs, n) -> ConversationKey.parse(rs.getString(1)));
    }

    /** The UTC day of an instant, the key of the index the retention job searches. */
    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    long count() {
        Long n = jdbc.queryForObject("select count(*) from conversations", Long.class);
        return n == null ? 0 : n;
    }
}
