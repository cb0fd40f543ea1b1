package app.relais.drafting;

/**
 * User text bound for a mail header: one line, no control characters, bounded length. Every line
 * break (CR, LF, NEL, Unicode separators) becomes a space, so "\r\nBcc: x@y" can never start a
 * header of its own.
 */
public final class HeaderText {

    public static final int MAX_SUBJECT = 150;

    private HeaderText() {
    }

    public static String oneLine(String text, int max) {
        if (text == null) {
            return "";
        }
        String line = text.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ")
                .replaceAll("\\p{Cntrl}", "")
                .replaceAll("\\s{2,}", " ")
                .strip();
        if (line.codePointCount(0, line.length()) <= max) {
            return line;
        }
        // Cut on a code point, never inside a surrogate pair.
        return line.substring(0, line.offsetByCodePoints(0, max - 1)).strip() + "…";
    }
}
