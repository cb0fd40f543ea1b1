package app.relais.bot.channel;

import app.relais.bot.store.GroupCommit;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One channel's inbox in the {@code channel_inbox} table (same SQL on H2 and PostgreSQL). The
 * primary key (channel, event id) decides, in the database, which of two concurrent inserts of one
 * event wins; a take-over is one UPDATE whose condition the database re-checks under its row lock,
 * so two instances never both take the same stale event.
 */
public final class JdbcInbox implements Inbox {

    private static final String COLUMNS = "select event_id, conversation, position, payload, received_at from channel_inbox";

    private final JdbcTemplate jdbc;
    private final String channel;
    private final GroupCommit writes;

    /** @param writes the group commit the conversation store uses: a turn's mark joins its transaction */
    public JdbcInbox(JdbcTemplate jdbc, String channel, GroupCommit writes) {
        this.jdbc = jdbc;
        this.channel = channel;
        this.writes = writes;
    }

    /** An inbox whose marks are never part of a turn (tests of the inbox alone). */
    public JdbcInbox(JdbcTemplate jdbc, String channel) {
        this(jdbc, channel, null);
    }

    @Override
    public boolean store(Entry entry, String instance) {
        Timestamp at = Timestamp.from(entry.receivedAt());
        return jdbc.update("insert into channel_inbox (channel, event_id, conversation, position, payload, received_at,"
                        + " claimed_by, claimed_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                channel, entry.id(), entry.conversation(), entry.position(), entry.payload(), at, instance, at) == 1;
    }

    @Override
    public void handled(String id, Instant at) {
        jdbc.update("update channel_inbox set handled_at = ? where channel = ? and event_id = ? and handled_at is null",
                Timestamp.from(at), channel, id);
    }

    @Override
    public <T> T handledWith(String id, Instant at, Supplier<T> turn) {
        if (writes == null) {
            T result = turn.get();
            handled(id, at);
            return result;
        }
        return writes.withTurn(() -> handled(id, at), turn);
    }

    @Override
    public void renew(String instance, Instant now) {
        jdbc.update("update channel_inbox set claimed_at = ? where channel = ? and claimed_by = ? and handled_at is null",
                Timestamp.from(now), channel, instance);
    }

    @Override
    public List<Entry> takeOver(String instance, Instant staleBefore, Instant now) {
        // A fresh token per take-over: the rows this call won are exactly the ones carrying it.
        String token = instance + "/" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("update channel_inbox set claimed_by = ?, claimed_at = ? where channel = ? and handled_at is null"
                        + " and claimed_by <> ? and claimed_at < ?",
                token, Timestamp.from(now), channel, instance, Timestamp.from(staleBefore));
        List<Entry> taken = jdbc.query(COLUMNS + " where channel = ? and claimed_by = ? and handled_at is null"
                + " order by conversation, position", JdbcInbox::entry, channel, token);
        jdbc.update("update channel_inbox set claimed_by = ? where channel = ? and claimed_by = ?", instance, channel, token);
        return taken;
    }

    @Override
    public void redact(String id, String payload) {
        jdbc.update("update channel_inbox set payload = ? where channel = ? and event_id = ?", payload, channel, id);
    }

    @Override
    public int erase(String conversation) {
        return jdbc.update("update channel_inbox set payload = '{}' where channel = ? and conversation = ?"
                + " and handled_at is not null", channel, conversation);
    }

    @Override
    public int purgeHandledBefore(Instant cutoff) {
        return jdbc.update("delete from channel_inbox where channel = ? and handled_at < ?", channel, Timestamp.from(cutoff));
    }

    private static Entry entry(ResultSet rs, int n) throws SQLException {
        return new Entry(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getTimestamp(5).toInstant());
    }
}
