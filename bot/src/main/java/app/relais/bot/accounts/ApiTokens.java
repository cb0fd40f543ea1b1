package app.relais.bot.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bearer tokens of automation: named, shown once when made, stored as their hash, revocable.
 * {@code RELAIS_ADMIN_TOKEN} is one of them, under that name, registered at every start.
 */
public final class ApiTokens {

    static final String CONFIGURED = "RELAIS_ADMIN_TOKEN";
    private static final String PREFIX = "rls_";
    private static final Duration USE_PRECISION = Duration.ofMinutes(1);

    /** A token as the desk lists it (never the token itself). */
    public record Token(long id, String name, String createdBy, Instant createdAt, Instant lastUsed, Instant revokedAt) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ApiTokens(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A token just made, with its secret: the only copy there will ever be. */
    record Made(Token token, String secret) {
    }

    Made create(String name, String createdBy) {
        String valid = name == null ? "" : name.strip();
        if (valid.isEmpty() || valid.length() > 100 || valid.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("token-name");
        }
        String secret = Secrets.random(PREFIX);
        String hash = Secrets.hash(secret);
        insert(valid, hash, createdBy);
        return new Made(active(hash).orElseThrow(), secret);
    }

    /** Registers the configured token, replacing an earlier value of the variable. */
    void configure(String secret) {
        String hash = Secrets.hash(secret);
        if (active(hash).isPresent()) {
            return;
        }
        jdbc.update("update api_tokens set revoked_at = ? where name = ? and revoked_at is null",
                Timestamp.from(clock.instant()), CONFIGURED);
        jdbc.update("delete from api_tokens where token_hash = ?", hash);
        insert(CONFIGURED, hash, CONFIGURED);
    }

    /** The token's holder, if the token is known and not revoked; its last use is noted (to the minute). */
    Optional<TokenUser> authenticate(String secret) {
        Optional<Token> token = active(Secrets.hash(secret));
        token.ifPresent(t -> {
            Instant now = clock.instant();
            if (t.lastUsed() == null || t.lastUsed().isBefore(now.minus(USE_PRECISION))) {
                jdbc.update("update api_tokens set last_used = ? where id = ?", Timestamp.from(now), t.id());
            }
        });
        return token.map(t -> new TokenUser(t.id(), t.name()));
    }

    public List<Token> all() {
        return jdbc.query(SELECT + "order by revoked_at desc, created_at desc", ApiTokens::token);
    }

    Optional<Token> find(long id) {
        return jdbc.query(SELECT + "where id = ?", ApiTokens::token, id).stream().findFirst();
    }

    boolean revoke(long id) {
        return jdbc.update("update api_tokens set revoked_at = ? where id = ? and revoked_at is null",
                Timestamp.from(clock.instant()), id) == 1;
    }

    private static final String SELECT = "select id, name, created_by, created_at, last_used, revoked_at from api_tokens ";

    private Optional<Token> active(String hash) {
        return jdbc.query(SELECT + "where token_hash = ? and revoked_at is null", ApiTokens::token, hash)
                .stream().findFirst();
    }

    private void insert(String name, String hash, String createdBy) {
        jdbc.update("insert into api_tokens (name, token_hash, created_by, created_at) values (?, ?, ?, ?)",
                name, hash, createdBy, Timestamp.from(clock.instant()));
    }

    private static Token token(ResultSet rs, int n) throws SQLException {
        return new Token(rs.getLong(1), rs.getString(2), rs.getString(3), at(rs, 4), at(rs, 5), at(rs, 6));
    }

    private static Instant at(ResultSet rs, int column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
