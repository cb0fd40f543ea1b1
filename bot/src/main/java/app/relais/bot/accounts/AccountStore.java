package app.relais.bot.accounts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Accounts and their one-time links, in the database every instance shares. */
final class AccountStore {

    private static final String COLUMNS = "select id, username, display_name, role, language, password_hash, enabled, "
            + "created_at, last_sign_in from accounts ";
    private static final RowMapper<Account> ACCOUNT = (rs, n) -> new Account(rs.getLong(1), rs.getString(2),
            rs.getString(3), Role.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getBoolean(7),
            instant(rs, 8), instant(rs, 9));

    /** What a one-time link is for. */
    enum Purpose {
        /** Creates the first administrator; valid only while there is no account. */
        SETUP,
        /** An invited person chooses their password. */
        INVITE,
        /** A person chooses a new password (an administrator issued the link). */
        RESET
    }

    record Link(String tokenHash, Purpose purpose, Long accountId, Instant expiresAt) {
    }

    private final JdbcTemplate jdbc;

    AccountStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        Long count = jdbc.queryForObject("select count(*) from accounts", Long.class);
        return count == null ? 0 : count;
    }

    long enabledAdmins() {
        Long count = jdbc.queryForObject("select count(*) from accounts where role = 'ADMIN' and enabled", Long.class);
        return count == null ? 0 : count;
    }

    Optional<Account> find(long id) {
        return jdbc.query(COLUMNS + "where id = ?", ACCOUNT, id).stream().findFirst();
    }

    Optional<Account> byUsername(String username) {
        return jdbc.query(COLUMNS + "where username = ?", ACCOUNT, username).stream().findFirst();
    }

    List<Account> all() {
        return jdbc.query(COLUMNS + "order by enabled desc, display_name, username", ACCOUNT);
    }

    Account insert(String username, String displayName, Role role, String language, String passwordHash, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement ps = c.prepareStatement("insert into accounts (username, display_name, role, language, "
                    + "password_hash, enabled, created_at) values (?, ?, ?, ?, ?, true, ?)", new String[] {"id"});
            ps.setString(1, username);
            ps.setString(2, displayName);
            ps.setString(3, role.name());
            ps.setString(4, language);
            ps.setString(5, passwordHash);
            ps.setTimestamp(6, Timestamp.from(at));
            return ps;
        }, key);
        return find(key.getKey().longValue()).orElseThrow();
    }

    void password(long id, String hash) {
        jdbc.update("update accounts set password_hash = ? where id = ?", hash, id);
    }

    void enabled(long id, boolean enabled) {
        jdbc.update("update accounts set enabled = ? where id = ?", enabled, id);
    }

    void role(long id, Role role) {
        jdbc.update("update accounts set role = ? where id = ?", role.name(), id);
    }

    void profile(long id, String displayName, String language) {
        jdbc.update("update accounts set display_name = ?, language = ? where id = ?", displayName, language, id);
    }

    void signedIn(long id, Instant at) {
        jdbc.update("update accounts set last_sign_in = ? where id = ?", Timestamp.from(at), id);
    }

    // ---- one-time links

    void addLink(String tokenHash, Purpose purpose, Long accountId, Instant at, Instant expiresAt) {
        jdbc.update("insert into account_links (token_hash, purpose, account_id, created_at, expires_at) values (?, ?, ?, ?, ?)",
                tokenHash, purpose.name(), accountId, Timestamp.from(at), Timestamp.from(expiresAt));
    }

    Optional<Link> link(String tokenHash, Instant now) {
        return jdbc.query("select token_hash, purpose, account_id, expires_at from account_links "
                        + "where token_hash = ? and expires_at > ?",
                (rs, n) -> new Link(rs.getString(1), Purpose.valueOf(rs.getString(2)),
                        rs.getObject(3) == null ? null : rs.getLong(3), instant(rs, 4)),
                tokenHash, Timestamp.from(now)).stream().findFirst();
    }

    /** Uses a link up: true for the one caller that removed it, so it serves once even across instances. */
    boolean consume(String tokenHash) {
        return jdbc.update("delete from account_links where token_hash = ?", tokenHash) == 1;
    }

    void dropLinks(long accountId) {
        jdbc.update("delete from account_links where account_id = ?", accountId);
    }

    void dropLinks(Purpose purpose) {
        jdbc.update("delete from account_links where purpose = ?", purpose.name());
    }

    void dropExpiredLinks(Instant now) {
        jdbc.update("delete from account_links where expires_at <= ?", Timestamp.from(now));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
