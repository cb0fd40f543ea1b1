package app.relais.files;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable file ids: a download URL must not be enumerable. */
public final class FileIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private FileIds() {
    }

    public static String next() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
