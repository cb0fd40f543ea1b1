package app.relais.bot.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Claims the due rows of a table of things to send later (reminders, emails): one UPDATE guarded by
 * {@code claimed_by IS NULL}, so two instances never take the same row (the database's row locks
 * decide who wins; the loser's re-checked condition no longer matches), then the rows this claim
 * took, found by a token of its own. The table has {@code id}, {@code due_at}, {@code claimed_by},
 * {@code claim_token} and {@code claimed_at}.
 */
final class DueClaims<T> {

    private final JdbcTemplate jdbc;
    private final RowMapper<T> rows;
    private final String claim;
    private final String claimed;

    /**
     * @param columns the columns {@code rows} reads, in its order
     * @param orderBy the order of the claimed rows
     */
    DueClaims(JdbcTemplate jdbc, String table, String columns, String orderBy, RowMapper<T> rows) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.claim = "update " + table + " set claimed_by = ?, claim_token = ?, claimed_at = ? "
                + "where claimed_by is null and id in (select id from " + table + " where claimed_by is null "
                + "and due_at <= ? order by due_at limit ?)";
        this.claimed = "select " + columns + " from " + table + " where claim_token = ? order by " + orderBy;
    }

    /** Up to {@code max} rows due at {@code now}, oldest first, now held by {@code claimant}. */
    List<T> claim(Instant now, String claimant, int max) {
        String token = UUID.randomUUID().toString();
        jdbc.update(claim, claimant, token, Timestamp.from(now), Timestamp.from(now), max);
        return jdbc.query(claimed, rows, token);
    }
}
