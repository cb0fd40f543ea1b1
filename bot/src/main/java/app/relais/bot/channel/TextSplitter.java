package app.relais.bot.channel;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into messages a channel accepts (Telegram: 4096 characters; Messenger: 2,000): at a
 * line break when one is in the second half of the window, else at a space, else (one unbroken
 * word) at the limit without splitting a surrogate pair.
 */
public final class TextSplitter {

    public static final int TELEGRAM_LIMIT = 4096;

    private TextSplitter() {
    }

    public static List<String> split(String text, int limit) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > limit) {
            int cut = rest.lastIndexOf('\n', limit);
            if (cut < limit / 2) {
                cut = rest.lastIndexOf(' ', limit);
            }
            int resume;
            if (cut < limit / 2) {
                cut = Character.isHighSurrogate(rest.charAt(limit - 1)) ? limit - 1 : limit;
                resume = cut;
            } else {
                resume = cut + 1;
            }
            String part = rest.substring(0, cut).stripTrailing();
            if (!part.isEmpty()) {
                parts.add(part);
            }
            rest = rest.substring(resume);
        }
        if (!rest.isBlank() || parts.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }
}
