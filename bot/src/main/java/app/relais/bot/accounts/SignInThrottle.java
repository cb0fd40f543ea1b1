package app.relais.bot.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Failed sign-ins, counted in the database so every instance counts the same: over the last
 * {@link #WINDOW}, at most {@link #PER_ACCOUNT_AND_ADDRESS} for one account from one address (an
 * attacker guessing one password), {@link #PER_ADDRESS} from one address whatever the account
 * (one trying many accounts), {@link #PER_ACCOUNT} for one account whatever the address (many
 * machines guessing one password; high enough that nobody locks a colleague out by mistyping).
 * Past a limit, sign-in is refused without checking the password until the oldest failure of
 * the window ages out. A successful sign-in clears that account's failures from its address.
 */
final class SignInThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int PER_ACCOUNT_AND_ADDRESS = 5;
    static final int PER_ADDRESS = 20;
    static final int PER_ACCOUNT = 50;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SignInThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean blocked(String username, String address) {
        Timestamp since = Timestamp.from(clock.instant().minus(WINDOW));
        return count("username = ? and address = ? and at > ?", username, address, since) >= PER_ACCOUNT_AND_ADDRESS
                || count("address = ? and at > ?", address, since) >= PER_ADDRESS
                || count("username = ? and at > ?", username, since) >= PER_ACCOUNT;
    }

    /** Counts a failure; true when it is the one that reaches a limit (worth an audit entry). */
    boolean failed(String username, String address) {
        Instant now = clock.instant();
        jdbc.update("delete from sign_in_failures where at < ?", Timestamp.from(now.minus(WINDOW)));
        jdbc.update("insert into sign_in_failures (at, username, address) values (?, ?, ?)",
                Timestamp.from(now), cut(username), address);
        return blocked(username, address);
    }

    void succeeded(String username, String address) {
        jdbc.update("delete from sign_in_failures where username = ? and address = ?", cut(username), address);
    }

    private long count(String where, Object... args) {
        Long count = jdbc.queryForObject("select count(*) from sign_in_failures where " + where, Long.class, args);
        return count == null ? 0 : count;
    }

    private static String cut(String username) {
        return username.length() > 100 ? username.substring(0, 100) : username;
    }
}
