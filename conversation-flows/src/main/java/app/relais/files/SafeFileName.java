package app.relais.files;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A file name that is safe in an archive, a header and a download: no path, no control
 * characters, a bounded length, and an extension that matches the detected type.
 */
public final class SafeFileName {

    private static final int MAX_LENGTH = 80;

    private SafeFileName() {
    }

    public static String of(String original, String mime) {
        String name = original == null ? "" : original;
        name = name.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\"*:<>?|]", "_")
                .replaceAll("^\\.+", "")
                .strip();
        String ext = extensionFor(mime);
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        if (base.isBlank()) {
            base = "file";
        }
        if (base.length() > MAX_LENGTH) {
            base = base.substring(0, MAX_LENGTH);
        }
        return ext.isEmpty() ? base : base + "." + ext;
    }

    static String extensionFor(String mime) {
        return switch (mime == null ? "" : mime.toLowerCase(Locale.ROOT)) {
            case "image/png" -> "png";
            case "image/jpeg" -> "jpg";
            case "image/gif" -> "gif";
            case "image/webp" -> "webp";
            case "image/heic" -> "heic";
            case "image/heif" -> "heif";
            case "image/bmp" -> "bmp";
            case "application/pdf" -> "pdf";
            case "message/rfc822" -> "eml";
            case "application/zip" -> "zip";
            case "text/calendar" -> "ics";
            default -> "";
        };
    }
}
