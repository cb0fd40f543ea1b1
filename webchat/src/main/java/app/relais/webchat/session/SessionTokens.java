package app.relais.webchat.session;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues and verifies session tokens {@code v1.<id>.<mac>}: the id is 128 random bits, the mac an
 * HMAC-SHA256 of it, so a token cannot be guessed or forged and needs no server-side table. The
 * same key signs download links, bound to one session and one file, and {@code /continue} links.
 */
public final class SessionTokens {

    /** A new session: its id (the conversation's external id) and the token the client keeps. */
    public record Issued(String sessionId, String token) {
    }

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public SessionTokens(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("a session secret needs at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    public Issued issue() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String id = B64.encodeToString(bytes);
        return new Issued(id, "v1." + id + "." + mac("session|" + id));
    }

    /** The session id of a genuine token; empty for anything else (malformed, forged, null). */
    public Optional<String> verify(String token) {
        if (token == null || token.length() > 128) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !parts[0].equals("v1") || !ID.matcher(parts[1]).matches()) {
            return Optional.empty();
        }
        return same(mac("session|" + parts[1]), parts[2]) ? Optional.of(parts[1]) : Optional.empty();
    }

    /** The signature of a download link for one file of one session. */
    public String signDownload(String sessionId, String fileId) {
        return mac("file|" + sessionId + "|" + fileId);
    }

    public boolean verifyDownload(String sessionId, String fileId, String signature) {
        return signature != null && same(signDownload(sessionId, fileId), signature);
    }

    /** The signature of a {@code /continue} link's {@code payload} (its nonce, conversation and expiry). */
    public String signContinuation(String payload) {
        return mac("continue|" + payload);
    }

    public boolean verifyContinuation(String payload, String signature) {
        return signature != null && same(signContinuation(payload), signature);
    }

    private static boolean same(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }

    private String mac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return B64.encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }
}
