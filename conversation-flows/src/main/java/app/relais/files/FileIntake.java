package app.relais.files;

import app.relais.conversation.ConversationKey;
import app.relais.i18n.Messages;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * Accepts a user's file as evidence: images and PDF only, told apart by their content (a name
 * lies; Telegram serves everything as octet-stream), at most {@link #MAX_BYTES}.
 */
public final class FileIntake {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final int MAX_ORIGINAL_NAME = 255;

    private static final Set<String> ACCEPTED = Set.of("image/png", "image/jpeg", "image/gif",
            "image/webp", "image/heic", "image/heif", "image/bmp", "application/pdf");

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
        return new Accepted(store.save(owner, SafeFileName.of(originalName, mime), provenance(originalName), mime, content));
    }

    /**
     * The name as the device gave it, kept for the record: control characters (which could break a
     * log line or a header) become spaces and the length is bounded; nothing else is changed.
     */
    static String provenance(String originalName) {
        if (originalName == null || originalName.isBlank()) {
            return "";
        }
        String kept = originalName.replaceAll("[\\p{Cntrl}\\p{Cf}]", " ").strip();
        return kept.length() > MAX_ORIGINAL_NAME ? kept.substring(0, MAX_ORIGINAL_NAME) : kept;
    }

    /**
     * What to tell the user about a refused file, in their language, so that no channel drops a
     * file silently; null for an accepted one.
     */
    public static String refusal(Outcome outcome, Messages texts) {
        if (outcome instanceof TooLarge tooLarge) {
            return texts.get("evidence.file.too-large", megabytes(tooLarge.size()), megabytes(tooLarge.limit()));
        }
        if (outcome instanceof UnsupportedType) {
            return texts.get("evidence.file.unsupported");
        }
        return null;
    }

    private static double megabytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    /** The type read from the bytes alone; the name is deliberately not consulted. */
    public String detect(byte[] content) {
        return FileTypes.TIKA.detect(content);
    }

    /**
     * Reads Tika's MIME table now rather than at the first upload. It takes about half a second of
     * CPU, so the application calls this once it is ready instead of during its start.
     */
    public static void loadFileTypes() {
        FileTypes.TIKA.getDetector();
    }

    /** Loaded on first use: the JVM's class initialisation makes concurrent first uploads wait for one load. */
    private static final class FileTypes {
        static final Tika TIKA = new Tika();
    }
}
