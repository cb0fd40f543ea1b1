package app.relais.files;

import app.relais.conversation.ConversationKey;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * Accepts a user's file as evidence: images and PDF only, told apart by their content (a name
 * lies; Telegram serves everything as octet-stream), at most {@link #MAX_BYTES}.
 */
public final class FileIntake {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final Set<String> ACCEPTED = Set.of("image/png", "image/jpeg", "image/gif",
            "image/webp", "image/heic", "image/heif", "image/bmp", "application/pdf");

    private final Tika tika = new Tika();
    private final FileStore store;

    public FileIntake(FileStore store) {
        this.store = store;
    }

    public sealed interface Outcome permits Accepted, TooLarge, UnsupportedType {
    }

    public record Accepted(StoredFile file) implements Outcome {
    }

    public record TooLarge(long size, long limit) implements Outcome {
    }

    public record UnsupportedType(String detectedMime) implements Outcome {
    }

    public Outcome accept(ConversationKey owner, String originalName, byte[] content) {
        if (content.length > MAX_BYTES) {
            return new TooLarge(content.length, MAX_BYTES);
        }
        String mime = detect(content);
        if (!ACCEPTED.contains(mime)) {
            return new UnsupportedType(mime);
        }
        return new Accepted(store.save(owner, SafeFileName.of(originalName, mime), mime, content));
    }

    /** The type read from the bytes alone; the name is deliberately not consulted. */
    public String detect(byte[] content) {
        return tika.detect(content);
    }
}
