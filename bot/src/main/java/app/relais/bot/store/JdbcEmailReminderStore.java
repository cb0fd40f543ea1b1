package app.relais.bot.store;

import app.relais.conversation.ConversationKey;
import app.relais.email.EmailReminder;
import app.relais.email.EmailReminderStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Emails due, in the database: they survive restarts, and a claim is one UPDATE guarded by
 * {@code claimed_by IS NULL}, so two instances never send the same email ({@link DueClaims}).
 */
public final class JdbcEmailReminderStore implements EmailReminderStore {

    private static final String COLUMNS = "id, token, conversation_key, address, language, kind, due_at, attempts";

    private final JdbcTemplate jdbc;
    private final GroupCommit writes;
    private final DueClaims<EmailReminder> claims;

    /** @param writes commits the emails scheduled during a turn with the turn's other writes */
    public JdbcEmailReminderStore(JdbcTemplate jdbc, GroupCommit writes) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.claims = new DueClaims<>(jdbc, "email_reminders", COLUMNS, "due_at, id", JdbcEmailReminderStore::email);
    }

    /** Replaces the conversation's pending email of the same kind; both statements in one transaction. */
    @Override
    public void schedule(EmailReminder r) {
        writes.run(() -> {
            jdbc.update("delete from email_reminders where conversation_key = ? and kind = ? and claimed_by is null",
                    r.key().asString(), r.kind());
            jdbc.update("insert into email_reminders (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)", r.id(),
                    r.token(), r.key().asString(), r.address(), r.language(), r.kind(), Timestamp.from(r.dueAt()),
                    r.attempts());
        });
    }

    @Override
    public List<EmailReminder> pending(ConversationKey key) {
        return jdbc.query("select " + COLUMNS + " from email_reminders where conversation_key = ? "
                + "and claimed_by is null order by due_at, id", JdbcEmailReminderStore::email, key.asString());
    }

    @Override
    public void cancel(ConversationKey key, String kindPrefix) {
        jdbc.update("delete from email_reminders where conversation_key = ? and claimed_by is null "
                + "and substr(kind, 1, ?) = ?", key.asString(), kindPrefix.length(), kindPrefix);
    }

    @Override
    public List<EmailReminder> claimDue(Instant now, String claimant, int max) {
        return claims.claim(now, claimant, max);
    }

    @Override
    public void delivered(String id, String claimant) {
        jdbc.update("delete from email_reminders where id = ? and claimed_by = ?", id, claimant);
    }

    @Override
    public void retry(String id, String claimant, Instant next) {
        jdbc.update("update email_reminders set due_at = ?, attempts = attempts + 1, claimed_by = null, "
                + "claim_token = null, claimed_at = null where id = ? and claimed_by = ?", Timestamp.from(next), id, claimant);
    }

    @Override
    public int unsubscribe(String token) {
        return jdbc.update("delete from email_reminders where token = ?", token);
    }

    @Override
    public String languageOf(String token) {
        return jdbc.query("select language from email_reminders where token = ?", (rs, n) -> rs.getString(1), token)
                .stream().findFirst().orElse(null);
    }

    private static EmailReminder email(ResultSet rs, int n) throws SQLException {
        return new EmailReminder(rs.getString(1), rs.getString(2), ConversationKey.parse(rs.getString(3)),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getInt(8));
    }
}
