package app.relais.files;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A file name that is safe in an archive, a header and a download: no directory part (so no
 * {@code ../}), no control or invisible formatting characters (a right-to-left override can make
 * {@code exe.png} read as {@code gnp.exe}), none of the characters Windows refuses, not a device
 * name Windows reserves, a bounded length, and the extension of the type detected from the
 * content, whatever extension the name claimed.
 */
public final class SafeFileName {

    static final int MAX_BASE_LENGTH = 80;
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\\p{Cf}\"*:<>?|]");
    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])");

    private SafeFileName() {
    }

    public static String of(String original, String mime) {
        String name = original == null ? "" : original;
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = UNSAFE.matcher(name).replaceAll("_").replaceAll("\\s+", " ").strip();
        name = name.replaceAll("^[.\\s]+", "");
        String ext = extensionFor(mime);
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        base = base.replaceAll("[.\\s]+$", "");
        if (base.isBlank() || base.chars().allMatch(c -> c == '_') || RESERVED.matcher(base).matches()) {
            base = "file";
        }
        if (base.length() > MAX_BASE_LENGTH) {
            base = base.substring(0, MAX_BASE_LENGTH).strip();
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
