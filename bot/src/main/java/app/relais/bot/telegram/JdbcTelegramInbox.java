package app.relais.bot.telegram;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import app.relais.bot.store.GroupCommit;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inbox in the {@code telegram_inbox} table (same SQL on H2 and PostgreSQL). The primary key
 * decides, in the database, which of two concurrent inserts of one update wins; a take-over is one
 * UPDATE whose condition the database re-checks under its row lock, so two instances never both
 * take the same stale update.
 */
final class JdbcTelegramInbox implements TelegramInbox {

    private final JdbcTemplate jdbc;
    private final GroupCommit writes;

    /** @param writes the group commit the conversation store uses: a turn's mark joins its transaction */
    JdbcTelegramInbox(JdbcTemplate jdbc, GroupCommit writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    /** An inbox whose marks are never part of a turn (tests of the inbox alone). */
    JdbcTelegramInbox(JdbcTemplate jdbc) {
        this(jdbc, null);
    }

    @Override
    public boolean store(Entry entry, String instance) {
        Timestamp at = Timestamp.from(entry.receivedAt());
        return jdbc.update("insert into telegram_inbox (update_id, chat_id, payload, received_at, claimed_by, claimed_at)"
                        + " values (?, ?, ?, ?, ?, ?) on conflict do nothing",
                entry.updateId(), entry.chatId(), entry.json(), at, instance, at) == 1;
    }

    @Override
    public void handled(long updateId, Instant at) {
        jdbc.update("update telegram_inbox set handled_at = ? where update_id = ? and handled_at is null",
                Timestamp.from(at), updateId);
    }

    @Override
    public <T> T handledWith(long updateId, Instant at, Supplier<T> turn) {
        if (writes == null) {
            T result = turn.get();
            handled(updateId, at);
            return result;
        }
        return writes.withTurn(() -> handled(updateId, at), turn);
    }

    @Override
    public void renew(String instance, Instant now) {
        jdbc.update("update telegram_inbox set claimed_at = ? where claimed_by = ? and handled_at is null",
                Timestamp.from(now), instance);
    }

    @Override
    public List<Entry> takeOver(String instance, Instant staleBefore, Instant now) {
        // A fresh token per take-over: the rows this call won are exactly the ones carrying it.
        String token = instance + "/" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("update telegram_inbox set claimed_by = ?, claimed_at = ? where handled_at is null"
                        + " and claimed_by <> ? and claimed_at < ?",
                token, Timestamp.from(now), instance, Timestamp.from(staleBefore));
        List<Entry> taken = jdbc.query("select update_id, chat_id, payload, received_at from telegram_inbox"
                + " where claimed_by = ? and handled_at is null order by update_id", JdbcTelegramInbox::entry, token);
        jdbc.update("update telegram_inbox set claimed_by = ? where claimed_by = ?", instance, token);
        return taken;
    }

    @Override
    public int purgeHandledBefore(Instant cutoff) {
        return jdbc.update("delete from telegram_inbox where handled_at < ?", Timestamp.from(cutoff));
    }

    private static Entry entry(ResultSet rs, int n) throws SQLException {
        long chat = rs.getLong(2);
        Long chatId = rs.wasNull() ? null : chat;
        return new Entry(rs.getLong(1), chatId, rs.getString(3), rs.getTimestamp(4).toInstant());
    }
}
