package app.relais.bot.messenger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a webhook body ({@code {"object":"page","entry":[{"messaging":[...]}]}}) into the events
 * Relais answers, each person's in the order they happened. Echoes of the Page's own messages,
 * delivery and read receipts, reactions and the like are dropped here and never stored. An entry
 * may carry {@code standby} instead of {@code messaging} (another app owns the thread under
 * conversation routing) or neither: both are skipped, never an error. No network here.
 */
final class WebhookEvents {

    private static final Pattern PSID = Pattern.compile("[0-9]{1,19}");

    private final ObjectMapper json;

    WebhookEvents(ObjectMapper json) {
        this.json = json;
    }

    /** What one body held: the events to answer, and how many items were skipped. */
    record Batch(List<MessengerEvent> events, int skipped) {
    }

    /** @throws IllegalArgumentException when the body is not a JSON object */
    Batch read(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a webhook body: " + (root == null ? "empty" : root.getNodeType()));
        }
        List<MessengerEvent> events = new ArrayList<>();
        int skipped = 0;
        if (!"page".equals(root.path("object").asText())) {
            return new Batch(events, 0);
        }
        for (JsonNode entry : root.path("entry")) {
            skipped += entry.path("standby").size();
            for (JsonNode item : entry.path("messaging")) {
                MessengerEvent event = event(item);
                if (event == null) {
                    skipped++;
                } else {
                    events.add(event);
                }
            }
        }
        // One person's events in the order they happened; a body may hold several people's.
        events.sort(Comparator.comparing(MessengerEvent::psid).thenComparingLong(MessengerEvent::timestamp));
        return new Batch(events, skipped);
    }

    private MessengerEvent event(JsonNode item) {
        String psid = item.path("sender").path("id").asText("");
        if (!PSID.matcher(psid).matches()) {
            return null;
        }
        long timestamp = item.path("timestamp").asLong(0);
        JsonNode message = item.path("message");
        String mid;
        if (message.isObject()) {
            if (message.path("is_echo").asBoolean(false)) {
                return null;
            }
            mid = message.path("mid").asText("");
        } else if (item.path("postback").isObject()) {
            mid = item.path("postback").path("mid").asText("");
        } else {
            // delivery, read, reaction, optin, referral...: nothing to answer.
            return null;
        }
        String raw = write(item);
        String id = mid.isBlank() ? "ts:" + psid + ":" + timestamp + ":" + Integer.toHexString(raw.hashCode()) : mid;
        return new MessengerEvent(id, psid, timestamp, raw);
    }

    private String write(JsonNode item) {
        try {
            return json.writeValueAsString(item);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a webhook item could not be written back as JSON", e);
        }
    }
}
