package app.relais.conversation;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A quick-reply button. The id is what comes back in {@link Inbound.Choice}; it is kept short and
 * ASCII because Telegram's callback_data holds at most 64 bytes.
 */
public record Choice(String id, String label) {

    public static final int MAX_ID_BYTES = 64;

    public Choice {
        Objects.requireNonNull(id);
        Objects.requireNonNull(label);
        if (id.getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
            throw new IllegalArgumentException("choice id over " + MAX_ID_BYTES + " bytes: " + id);
        }
    }
}
