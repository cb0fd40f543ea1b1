package app.relais.drafting;

import java.nio.charset.StandardCharsets;

/**
 * {@code mailto:} links per RFC 6068: UTF-8 percent-encoding of everything outside the
 * unreserved set, CRLF line breaks in the body.
 */
public final class Mailto {

    /** Mail apps and browsers cut links beyond about 2,000 characters. */
    public static final int MAX_LENGTH = 2000;

    private Mailto() {
    }

    public record Link(String url, boolean shortened) {
    }

    public static Link of(String to, String subject, String body, String shortenedNotice) {
        String head = "mailto:" + (to == null ? "" : encode(to).replace("%40", "@")) + "?subject=" + encode(subject);
        String full = head + "&body=" + encode(body.replace("\r\n", "\n").replace("\n", "\r\n"));
        if (full.length() <= MAX_LENGTH) {
            return new Link(full, false);
        }
        String notice = "\r\n\r\n" + shortenedNotice;
        String normalised = body.replace("\r\n", "\n").replace("\n", "\r\n");
        int keep = normalised.length();
        String url;
        do {
            keep = keep * 4 / 5;
            url = head + "&body=" + encode(cutAtLine(normalised, keep) + notice);
        } while (url.length() > MAX_LENGTH && keep > 0);
        return new Link(url, true);
    }

    private static String cutAtLine(String text, int length) {
        if (length >= text.length()) {
            return text;
        }
        int cut = text.lastIndexOf("\r\n", length);
        return text.substring(0, cut > 0 ? cut : length);
    }

    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
