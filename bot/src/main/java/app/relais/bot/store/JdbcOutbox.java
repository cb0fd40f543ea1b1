package app.relais.bot.store;

import app.relais.conversation.Author;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.Dispatch;
import app.relais.conversation.FileRef;
import app.relais.conversation.Reply;
import app.relais.files.FileStore;
import app.relais.outbox.Outbox;
import app.relais.outbox.OutboxRow;
import app.relais.outbox.OutboxRows;
import app.relais.store.LogEntry;
import app.relais.store.MessageTime;
import app.relais.store.TurnRecord;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outbox and transcript in the {@code conversation_log} table, with what is still owed in
 * {@code conversation_owed} (same SQL on H2 and PostgreSQL). A turn's rows are inserted by {@link
 * JdbcConversationStore} in the work that updates its snapshot, so all are one transaction of the
 * {@link GroupCommit}; marks join the next commit without anyone waiting for them, and touch only
 * the small owed row: the log's row, replies and all, is written once.
 *
 * <p>The log has no index by conversation, so that a turn only appends to its last pages (an index
 * page rewritten per turn doubled the reply p99, docs/performance.md). A conversation's turns form
 * a chain instead: its snapshot row holds the latest turn's id ({@code log_head}) and each turn's
 * row the id of the turn before ({@code previous}, known from the snapshot the turn started from:
 * {@link CachedConversationStore} keeps it); one recursive query walks it. The rare rows
 * written outside a turn are listed in {@code conversation_log_listed}. Such a message takes an
 * id after the conversation's latest row; two instances writing one at the same microsecond
 * collide on the primary key and the later takes the next id.
 */
public final class JdbcOutbox implements Outbox {

    /** A log row {@code l} and its owed row {@code o}, if any: no owed row means every reply was sent. */
    private static final String COLUMNS = "l.id, l.author, l.name, l.language, l.replies,"
            + " coalesce(o.sent, l.reply_count), l.person";
    private static final int POST_ATTEMPTS = 5;
    /**
     * The ids of a conversation's turns from its latest back, down to a lower bound (parameters:
     * key, bound, key, bound). Ids decrease along the chain, so the walk always ends.
     */
    private static final String TURNS = "with recursive turns (id) as ("
            + " select log_head from conversations where conversation_key = ? and log_head >= ?"
            + " union all select l.previous from turns t join conversation_log l on l.id = t.id"
            + " and l.conversation_key = ? where l.previous >= ? and l.previous < l.id) ";
    /** The rows of a conversation from a lower bound on (parameters: key, key, bound), after {@link #TURNS}. */
    private static final String ROWS = " from conversation_log l left join conversation_owed o"
            + " on o.conversation_key = l.conversation_key and o.id = l.id where l.conversation_key = ?"
            + " and (l.id in (select id from turns)"
            + " or l.id in (select id from conversation_log_listed where conversation_key = ? and id >= ?))";

    private final JdbcTemplate jdbc;
    private final GroupCommit writes;
    private final FileStore files;
    private final Clock clock;
    private final OutboxCodec codec = new OutboxCodec();
    /** The log rows of a commit, inserted with one batched statement (one round trip on PostgreSQL). */
    private final GroupCommit.Rows<LogRow> logRows = new GroupCommit.Rows<>(this::insertAll);
    /** The marks of a commit, likewise. */
    private final GroupCommit.Rows<Mark> marks = new GroupCommit.Rows<>(this::markAll);

    public JdbcOutbox(JdbcTemplate jdbc, GroupCommit writes, FileStore files, Clock clock) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.files = files;
        this.clock = clock;
    }

    /** A turn's row, encoded on the caller's thread; {@link #insert} runs on the writer's. */
    record Encoded(TurnRecord turn, String person, String replies) {
    }

    Encoded encode(TurnRecord turn) {
        return new Encoded(turn, codec.person(turn.inbound()), codec.replies(turn.replies().replies()));
    }

    /**
     * Inserts a turn's row after the conversation's turn {@code previous} (null: its first); called
     * inside the transaction that saves its snapshot.
     */
    void insert(Encoded row, Long previous) {
        writes.collect(logRows, new LogRow(row.turn().replies(), row.person(), row.replies(), true, previous));
    }

    /**
     * A row of the log (and of what is owed, when it has replies), as the batched inserts take it:
     * a turn's (chained after the conversation's previous turn) or one written outside a turn (listed).
     */
    private record LogRow(Dispatch dispatch, String person, String replies, boolean turn, Long previous) {
    }

    /** A mark: the first {@code count} of the row's {@code size} replies were accepted. */
    private record Mark(String key, long id, int count, int size) {
    }

    @Override
    public Dispatch post(ConversationKey to, Author author, String name, String language, List<Reply> replies) {
        String encoded = codec.replies(replies);
        for (int attempt = 1; ; attempt++) {
            Dispatch dispatch = new Dispatch(to, MessageTime.posted(clock.instant(), latest(to)), author, name,
                    language, replies, 0);
            try {
                writes.run(() -> writes.collect(logRows, new LogRow(dispatch, null, encoded, false, null)));
                return dispatch;
            } catch (DataIntegrityViolationException e) {
                // Another instance wrote a message to the same conversation at the same microsecond.
                if (attempt >= POST_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public List<Dispatch> owed(ConversationKey key, long seenUpTo) {
        Map<Long, Dispatch> rows = new LinkedHashMap<>();
        jdbc.query("select " + COLUMNS + " from conversation_owed o join conversation_log l"
                + " on l.conversation_key = o.conversation_key and l.id = o.id where o.conversation_key = ?",
                rs -> {
                    Dispatch d = dispatch(key, rs);
                    rows.put(d.id(), d);
                }, key.asString());
        if (seenUpTo > 0) {
            jdbc.query(TURNS + "select " + COLUMNS + ROWS + " order by l.id desc",
                    ps -> {
                        rowsFrom(ps, key, seenUpTo / Dispatch.PER_ROW);
                        ps.setMaxRows(OutboxRows.RESENT_ROWS + 1);
                    },
                    rs -> {
                        Dispatch d = dispatch(key, rs);
                        rows.put(d.id(), d);
                    });
        }
        List<Dispatch> ordered = new ArrayList<>(rows.values());
        ordered.sort(Comparator.comparingLong(Dispatch::id));
        return OutboxRows.owed(ordered, seenUpTo);
    }

    /** Partly sent: the owed row records how far; all sent: it goes (the log's row is never rewritten). */
    @Override
    public CompletionStage<Void> sent(Dispatch dispatch, int count) {
        Mark mark = new Mark(dispatch.key().asString(), dispatch.id(), count, dispatch.replies().size());
        return writes.submit(() -> writes.collect(marks, mark));
    }

    @Override
    public List<ConversationKey> owing(String channel, Instant before, int limit) {
        return jdbc.query("select distinct conversation_key from conversation_owed where committed_at < ?"
                        + " and conversation_key like ?",
                ps -> {
                    ps.setTimestamp(1, Timestamp.from(before));
                    ps.setString(2, channel + ":%");
                    ps.setMaxRows(limit);
                },
                (rs, n) -> ConversationKey.parse(rs.getString(1)));
    }

    /**
     * Forgets every row of the conversation. It finds the turns from the conversation's row, so it
     * runs before that row is deleted (the erasers' order in {@code RelaisCore}); rows left without
     * one are listed and go too.
     */
    @Override
    public void erase(ConversationKey key) {
        writes.run(() -> {
            // Rows other works of this commit collected for the conversation go too.
            writes.flushCollected();
            List<Object[]> ids = jdbc.query(TURNS + "select l.id" + ROWS, ps -> rowsFrom(ps, key, Long.MIN_VALUE),
                    (rs, n) -> new Object[] {rs.getLong(1), key.asString()});
            jdbc.batchUpdate("delete from conversation_log where id = ? and conversation_key = ?", ids);
            jdbc.update("delete from conversation_log_listed where conversation_key = ?", key.asString());
            jdbc.update("delete from conversation_owed where conversation_key = ?", key.asString());
            jdbc.update("update conversations set log_head = null where conversation_key = ?", key.asString());
        });
    }

    @Override
    public List<LogEntry> entries(ConversationKey key) {
        List<OutboxRow> rows = jdbc.query(TURNS + "select " + COLUMNS + ROWS + " order by l.id",
                ps -> rowsFrom(ps, key, Long.MIN_VALUE),
                (rs, n) -> new OutboxRow(codec.person(key, rs.getString(7)), dispatch(key, rs)));
        return OutboxRows.entries(rows, this::file);
    }

    private static void rowsFrom(PreparedStatement ps, ConversationKey key, long from) throws SQLException {
        ps.setString(1, key.asString());
        ps.setLong(2, from);
        ps.setString(3, key.asString());
        ps.setLong(4, from);
        ps.setString(5, key.asString());
        ps.setString(6, key.asString());
        ps.setLong(7, from);
    }

    private Optional<FileRef> file(String id) {
        return files.find(id).map(f -> new FileRef(f.id(), f.name(), f.mime(), f.size()));
    }

    /** The id of the conversation's latest row: its latest turn or its latest listed row. */
    private long latest(ConversationKey key) {
        Long id = jdbc.queryForObject("select max(id) from (select log_head as id from conversations where conversation_key = ?"
                + " union all select max(id) from conversation_log_listed where conversation_key = ?) latest",
                Long.class, key.asString(), key.asString());
        return id == null ? 0 : id;
    }

    private void insertAll(List<LogRow> rows) {
        List<Object[]> turns = rows.stream().filter(LogRow::turn).map(JdbcOutbox::columns).toList();
        if (!turns.isEmpty()) {
            // The previous turn is a value, not a subquery: a subquery per row doubled the reply p99 on H2.
            jdbc.batchUpdate("insert into conversation_log (conversation_key, id, at, author, name, language, person,"
                    + " replies, reply_count, previous) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", turns);
        }
        List<Object[]> listed = rows.stream().filter(r -> !r.turn()).map(JdbcOutbox::columns).toList();
        if (!listed.isEmpty()) {
            jdbc.batchUpdate("insert into conversation_log (conversation_key, id, at, author, name, language, person,"
                    + " replies, reply_count, previous) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", listed);
            jdbc.batchUpdate("insert into conversation_log_listed (conversation_key, id) values (?, ?)",
                    listed.stream().map(c -> new Object[] {c[0], c[1]}).toList());
        }
        List<Object[]> owed = rows.stream().filter(r -> !r.dispatch().replies().isEmpty())
                .map(r -> new Object[] {r.dispatch().key().asString(), r.dispatch().id(), at(r.dispatch())}).toList();
        if (!owed.isEmpty()) {
            jdbc.batchUpdate("insert into conversation_owed (conversation_key, id, sent, committed_at) values (?, ?, 0, ?)",
                    owed);
        }
    }

    private void markAll(List<Mark> all) {
        List<Object[]> done = all.stream().filter(m -> m.count() >= m.size())
                .map(m -> new Object[] {m.key(), m.id()}).toList();
        if (!done.isEmpty()) {
            jdbc.batchUpdate("delete from conversation_owed where conversation_key = ? and id = ?", done);
        }
        List<Object[]> partly = all.stream().filter(m -> m.count() < m.size())
                .map(m -> new Object[] {m.count(), m.key(), m.id(), m.count()}).toList();
        if (!partly.isEmpty()) {
            jdbc.batchUpdate("update conversation_owed set sent = ? where conversation_key = ? and id = ? and sent < ?",
                    partly);
        }
    }

    private static Object[] columns(LogRow r) {
        Dispatch d = r.dispatch();
        return new Object[] {d.key().asString(), d.id(), at(d), d.author().name(), d.name(), d.language(), r.person(),
                r.replies(), d.replies().size(), r.previous()};
    }

    private static Timestamp at(Dispatch d) {
        return Timestamp.from(MessageTime.instant(d.id()));
    }

    private Dispatch dispatch(ConversationKey key, ResultSet rs) throws SQLException {
        return new Dispatch(key, rs.getLong(1), Author.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                codec.replies(rs.getString(5)), rs.getInt(6));
    }
}
