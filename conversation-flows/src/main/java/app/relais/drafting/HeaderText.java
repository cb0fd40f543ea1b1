package app.relais.drafting;

/** User text bound for a mail header: one line, no control characters, bounded length. */
public final class HeaderText {

    public static final int MAX_SUBJECT = 150;

    private HeaderText() {
    }

    public static String oneLine(String text, int max) {
        String line = text.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ")
                .replaceAll("\\p{Cntrl}", "")
                .replaceAll("\\s{2,}", " ")
                .strip();
        return line.length() <= max ? line : line.substring(0, max - 1).strip() + "…";
    }
}
