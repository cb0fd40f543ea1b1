package app.relais.bot.messenger;

import app.relais.conversation.ConversationKey;
import app.relais.conversation.Inbound;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a stored {@link MessengerEvent} as one {@link MessengerInput}. A quick reply or a postback
 * is a choice (its payload is the choice id), except Messenger's email and phone buttons, whose
 * payload is the address or number the person tapped, read as typed text; a postback whose payload is a command ({@code /start},
 * the Get Started button's usual setting) is typed text, which the engine reads as the command; a
 * number answers the numbered list the person was last shown (Messenger's quick replies hold 20
 * characters, so longer labels are listed and answered by number). Messenger gives no locale:
 * the conversation's language, or French, applies. No network here.
 */
final class InboundMapper {

    static final String CHANNEL = "messenger";
    private static final Pattern NUMBER = Pattern.compile("^\\s*(\\d{1,2})\\s*[.)]?\\s*$");
    private static final List<String> FILE_TYPES = List.of("image", "file");

    private final ObjectMapper json;

    InboundMapper(ObjectMapper json) {
        this.json = json;
    }

    static ConversationKey keyOf(String psid) {
        return new ConversationKey(CHANNEL, psid);
    }

    /** {@code numbered}: the choice ids of the numbered list the person was last shown, else empty. */
    MessengerInput map(MessengerEvent event, List<String> numbered) {
        JsonNode item = read(event.json());
        String psid = event.psid();
        ConversationKey key = keyOf(psid);
        JsonNode postback = item.path("postback");
        if (postback.isObject()) {
            String payload = postback.path("payload").asText("");
            if (payload.isBlank() || payload.startsWith("/")) {
                return new MessengerInput.Event(psid, new Inbound.Text(key, payload.isBlank() ? "/start" : payload, null));
            }
            return new MessengerInput.Event(psid, new Inbound.Choice(key, payload, null));
        }
        JsonNode message = item.path("message");
        String quickReply = message.path("quick_reply").path("payload").asText("");
        // Messenger's email and phone buttons post the person's own address or number as both text and payload.
        if (!quickReply.isBlank() && !quickReply.equals(message.path("text").asText(""))) {
            return new MessengerInput.Event(psid, new Inbound.Choice(key, quickReply, null));
        }
        if (message.path("attachments").size() > 0) {
            return attachments(psid, key, message.path("attachments"), event.timestamp());
        }
        String text = message.path("text").asText("");
        if (text.isBlank()) {
            return new MessengerInput.Unsupported(psid);
        }
        Matcher number = NUMBER.matcher(text);
        if (number.matches()) {
            int n = Integer.parseInt(number.group(1));
            if (n >= 1 && n <= numbered.size()) {
                return new MessengerInput.Event(psid, new Inbound.Choice(key, numbered.get(n - 1), null));
            }
        }
        return new MessengerInput.Event(psid, new Inbound.Text(key, text, null));
    }

    /** The event as Relais keeps it once the engine masked a secret in its text. */
    String withText(MessengerEvent event, String text) {
        JsonNode item = read(event.json());
        if (item.path("message") instanceof ObjectNode message) {
            message.put("text", text);
            message.remove("quick_reply");
        }
        try {
            return json.writeValueAsString(item);
        } catch (IOException e) {
            throw new UncheckedIOException("a Messenger event could not be written back", e);
        }
    }

    private static MessengerInput attachments(String psid, ConversationKey key, JsonNode attachments, long timestamp) {
        List<MessengerInput.IncomingFile> files = new ArrayList<>();
        int index = 0;
        for (JsonNode attachment : attachments) {
            index++;
            String type = attachment.path("type").asText("");
            JsonNode payload = attachment.path("payload");
            String url = payload.path("url").asText("");
            // Stickers come as images with a sticker_id: not evidence.
            if (!FILE_TYPES.contains(type) || payload.has("sticker_id") || url.isBlank()) {
                continue;
            }
            URI uri;
            try {
                uri = URI.create(url);
            } catch (IllegalArgumentException e) {
                continue;
            }
            files.add(new MessengerInput.IncomingFile(uri, name(uri, type, timestamp, index)));
        }
        return files.isEmpty() ? new MessengerInput.Unsupported(psid) : new MessengerInput.Files(psid, key, files);
    }

    /** The URL's last path segment when it looks like a file name, else {@code photo-…}/{@code document-…}. */
    static String name(URI url, String type, long timestamp, int index) {
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        String last = URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
        if (last.matches("[^/\\\\]{1,200}\\.[A-Za-z0-9]{2,5}")) {
            return last;
        }
        String base = "image".equals(type) ? "photo-" : "document-";
        return base + timestamp + (index > 1 ? "-" + index : "") + ("image".equals(type) ? ".jpg" : "");
    }

    private JsonNode read(String raw) {
        try {
            return json.readTree(raw);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored Messenger event is not JSON", e);
        }
    }
}
