package app.relais.webchat.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key behind session tokens: {@code RELAIS_SESSION_SECRET} when set, else a random one created
 * once in the data dir and read back on every start, so tokens survive restarts (and instances
 * sharing the data dir agree).
 */
final class SessionSecret {

    static final String FILE_NAME = "webchat-session.key";
    private static final Logger log = LoggerFactory.getLogger(SessionSecret.class);

    private SessionSecret() {
    }

    static byte[] resolve(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] secret = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (secret.length < 32) {
                throw new IllegalStateException(file + " holds fewer than 32 bytes; delete it to get a new one"
                        + " (open chat sessions will start again)");
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the web chat session secret in " + file
                    + "; set RELAIS_DATA_DIR to a writable directory or RELAIS_SESSION_SECRET", e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] secret = new byte[48];
        new SecureRandom().nextBytes(secret);
        try {
            Files.writeString(file, Base64.getEncoder().encodeToString(secret), StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException anotherInstanceWasFirst) {
            return;
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            log.debug("{} keeps the file system's default permissions", file);
        }
        log.info("Generated the web chat session secret in {} (set RELAIS_SESSION_SECRET to share one"
                + " between instances)", file);
    }
}
