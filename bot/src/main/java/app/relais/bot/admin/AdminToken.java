package app.relais.bot.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The admin bearer token, configured or generated, compared in constant time. */
final class AdminToken {

    private static final Logger log = LoggerFactory.getLogger(AdminToken.class);

    private final byte[] expected;

    AdminToken(AdminProperties properties) {
        String token = properties.token();
        if (token == null || token.isBlank()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            log.warn("RELAIS_ADMIN_TOKEN is not set: the admin API uses this token until the next restart: {}", token);
        }
        this.expected = token.strip().getBytes(StandardCharsets.UTF_8);
    }

    /** Whether an {@code Authorization} header carries the token; the comparison time does not depend on the content. */
    boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, given);
    }
}
