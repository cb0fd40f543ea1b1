package app.relais.drafting;

import java.util.regex.Pattern;

/**
 * User text bound for a mail header: one line, no control characters, bounded length. Every line
 * break (CR, LF, NEL, Unicode separators) becomes a space, so "\r\nBcc: x@y" can never start a
 * header of its own.
 */
public final class HeaderText {

    public static final int MAX_SUBJECT = 150;
    // Compiled once: every draft's subject and names go through oneLine().
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029]+");
    private static final Pattern CONTROLS = Pattern.compile("\\p{Cntrl}");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    private HeaderText() {
    }

    public static String oneLine(String text, int max) {
        if (text == null) {
            return "";
        }
        String line = SPACES.matcher(CONTROLS.matcher(LINE_BREAKS.matcher(text).replaceAll(" ")).replaceAll(""))
                .replaceAll(" ")
                .strip();
        if (line.codePointCount(0, line.length()) <= max) {
            return line;
        }
        // Cut on a code point, never inside a surrogate pair.
        return line.substring(0, line.offsetByCodePoints(0, max - 1)).strip() + "…";
    }
}
