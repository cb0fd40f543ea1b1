package app.relais.webchat.files;

import java.nio.charset.StandardCharsets;

/**
 * {@code attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded>} (RFC 6266
 * and RFC 8187): every browser gets a usable name, and no name can break out of the header.
 */
final class ContentDispositions {

    private static final String ATTR_CHARS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~";

    private ContentDispositions() {
    }

    static String attachment(String name) {
        return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + encode(name);
    }

    static String asciiFallback(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            boolean plain = c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' && c != ';';
            out.append(plain ? c : '_');
        }
        return out.toString();
    }

    static String encode(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && ATTR_CHARS.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
