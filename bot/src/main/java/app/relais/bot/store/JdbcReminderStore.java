package app.relais.bot.store;

import app.relais.conversation.ConversationKey;
import app.relais.followup.Reminder;
import app.relais.followup.ReminderStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders in the database: they survive restarts, and a claim is one UPDATE guarded by
 * {@code claimed_by IS NULL}, so two instances never fire the same reminder ({@link DueClaims}).
 */
public final class JdbcReminderStore implements ReminderStore {

    private static final String COLUMNS = "id, conversation_key, due_at, scheduled_at";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final GroupCommit writes;
    private final DueClaims<Reminder> claims;

    /** @param writes commits the reminders scheduled at delivery with the other hot-path writes */
    public JdbcReminderStore(JdbcTemplate jdbc, TransactionTemplate transactions, GroupCommit writes) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.writes = writes;
        this.claims = new DueClaims<>(jdbc, "reminders", COLUMNS, "due_at", JdbcReminderStore::reminder);
    }

    /** Replaces the conversation's pending reminder; both statements go in one transaction. */
    @Override
    public void schedule(Reminder reminder) {
        writes.run(() -> {
            cancel(reminder.key());
            jdbc.update("insert into reminders (" + COLUMNS + ") values (?, ?, ?, ?)", reminder.id(),
                    reminder.key().asString(), Timestamp.from(reminder.dueAt()), Timestamp.from(reminder.scheduledAt()));
        });
    }

    @Override
    public void cancel(ConversationKey key) {
        jdbc.update("delete from reminders where conversation_key = ? and claimed_by is null", key.asString());
    }

    @Override
    public Optional<Reminder> pending(ConversationKey key) {
        return jdbc.query("select " + COLUMNS + " from reminders where conversation_key = ? and claimed_by is null",
                JdbcReminderStore::reminder, key.asString()).stream().findFirst();
    }

    @Override
    public List<Reminder> claimDue(Instant now, String claimant, int max) {
        return claims.claim(now, claimant, max);
    }

    @Override
    public void release(String reminderId, String claimant) {
        transactions.executeWithoutResult(status -> {
            List<String> keys = jdbc.queryForList("select conversation_key from reminders where id = ? and claimed_by = ?",
                    String.class, reminderId, claimant);
            if (keys.isEmpty()) {
                return;
            }
            if (pending(ConversationKey.parse(keys.get(0))).isPresent()) {
                // Rescheduled meanwhile: the newer reminder wins, one pending per conversation.
                jdbc.update("delete from reminders where id = ?", reminderId);
            } else {
                jdbc.update("update reminders set claimed_by = null, claim_token = null, claimed_at = null where id = ?",
                        reminderId);
            }
        });
    }

    @Override
    public void delivered(String reminderId, String claimant) {
        jdbc.update("delete from reminders where id = ? and claimed_by = ?", reminderId, claimant);
    }

    private static Reminder reminder(ResultSet rs, int n) throws SQLException {
        return new Reminder(rs.getString(1), ConversationKey.parse(rs.getString(2)), rs.getTimestamp(3).toInstant(),
                rs.getTimestamp(4).toInstant());
    }
}
