package app.relais.drafting;

import java.nio.charset.StandardCharsets;

/**
 * {@code mailto:} links per RFC 6068: UTF-8 percent-encoding of every octet outside the
 * unreserved set (so '&', '=', '?', '#', '%' and '+' in the text cannot end or corrupt a field),
 * CRLF line breaks in the body as the RFC asks, and the subject on one line.
 *
 * <p>Mail apps and browsers drop or cut links beyond about 2,000 characters, and accented text
 * costs 6 characters a letter once encoded. A body that would make the link longer is cut at a
 * line break, followed by a notice telling the reader to paste the full text instead.
 */
public final class Mailto {

    public static final int MAX_LENGTH = 2000;

    private Mailto() {
    }

    /** The link, and whether its body was shortened to fit. */
    public record Link(String url, boolean shortened) {
    }

    public static Link of(String to, String subject, String body, String shortenedNotice) {
        String head = "mailto:" + (to == null ? "" : encode(to).replace("%40", "@"))
                + "?subject=" + encode(HeaderText.oneLine(subject, HeaderText.MAX_SUBJECT)) + "&body=";
        String text = crlf(body);
        String full = head + encode(text);
        if (full.length() <= MAX_LENGTH) {
            return new Link(full, false);
        }
        String notice = crlf("\n\n" + shortenedNotice);
        // The longest prefix (cut at a line break when there is one) that still fits.
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if ((head + encode(cut(text, mid) + notice)).length() <= MAX_LENGTH) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return new Link(head + encode(cut(text, low) + notice), true);
    }

    private static String crlf(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
    }

    /** At most {@code length} characters, ending at the last line break within them if any. */
    private static String cut(String text, int length) {
        if (length >= text.length()) {
            return text;
        }
        int end = length;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        int lineBreak = text.lastIndexOf("\r\n", end - 2);
        return text.substring(0, lineBreak > 0 ? lineBreak : end).stripTrailing();
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
