package app.relais.bot.continuation;

import app.relais.conversation.ConversationKey;
import app.relais.webchat.session.SessionTokens;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The links {@code /continue} gives: {@code {public-url}/?continue=c1.<nonce>.<signature>}. The
 * nonce is 128 random bits kept in {@code continuations} with the conversation it opens and its
 * expiry; the signature (the web chat's session key) covers all three, so a token made up or
 * altered is refused before any lookup matters. Redeeming marks the row used in one conditional
 * UPDATE: a link works once, whoever is first, on any instance, and not after {@link #VALID_FOR}.
 */
final class ContinuationLinks {

    static final Duration VALID_FOR = Duration.ofMinutes(30);
    private static final Pattern TOKEN = Pattern.compile("c1\\.([A-Za-z0-9_-]{22})\\.([A-Za-z0-9_-]{43})");
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final JdbcTemplate jdbc;
    private final SessionTokens keys;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ContinuationLinks(JdbcTemplate jdbc, SessionTokens keys, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.clock = clock;
    }

    /** A new link for {@code key}, opening {@code base}'s page. */
    URI issue(ConversationKey key, URI base) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String nonce = B64.encodeToString(bytes);
        Instant now = clock.instant();
        // Milliseconds: what the signature covers survives the database's rounding.
        Instant expires = now.plus(VALID_FOR).truncatedTo(ChronoUnit.MILLIS);
        jdbc.update("delete from continuations where expires_at < ?", Timestamp.from(now.minus(Duration.ofDays(1))));
        jdbc.update("insert into continuations (nonce, conversation_key, expires_at) values (?, ?, ?)",
                nonce, key.asString(), Timestamp.from(expires));
        String token = "c1." + nonce + "." + keys.signContinuation(payload(nonce, key.asString(), expires));
        String page = base.toString().endsWith("/") ? base.toString() : base + "/";
        return URI.create(page + "?continue=" + token);
    }

    /** Withdraws the links of a conversation (/forget): a new one begun under the same key is not theirs. */
    void forget(ConversationKey key) {
        jdbc.update("delete from continuations where conversation_key = ?", key.asString());
    }

    /** The conversation a genuine, unexpired, unused token opens, now used up; empty otherwise. */
    Optional<ConversationKey> redeem(String token) {
        var match = token == null ? null : TOKEN.matcher(token);
        if (match == null || !match.matches()) {
            return Optional.empty();
        }
        String nonce = match.group(1);
        List<Object[]> rows = jdbc.query("select conversation_key, expires_at from continuations where nonce = ?",
                (rs, n) -> new Object[] {rs.getString(1), rs.getTimestamp(2).toInstant()}, nonce);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String key = (String) rows.get(0)[0];
        Instant expires = (Instant) rows.get(0)[1];
        Instant now = clock.instant();
        if (!keys.verifyContinuation(payload(nonce, key, expires), match.group(2)) || !now.isBefore(expires)) {
            return Optional.empty();
        }
        int won = jdbc.update("update continuations set used_at = ? where nonce = ? and used_at is null",
                Timestamp.from(now), nonce);
        return won == 1 ? Optional.of(ConversationKey.parse(key)) : Optional.empty();
    }

    private static String payload(String nonce, String key, Instant expires) {
        return nonce + "|" + key + "|" + expires.toEpochMilli();
    }
}
