package app.relais.bot.messenger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Webhook bodies as Meta posts them ({@code {"object":"page","entry":[{"id","time","messaging":[…]}]}}),
 * built from Meta's documented examples, and their {@code X-Hub-Signature-256}.
 */
public final class Webhooks {

    public static final String PAGE_ID = "104625071895531";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Webhooks() {
    }

    /** One entry holding these messaging items, as UTF-8 bytes (non-ASCII written as is, as Meta does). */
    public static byte[] body(List<ObjectNode> items) {
        ObjectNode root = JSON.createObjectNode();
        root.put("object", "page");
        ObjectNode entry = root.putArray("entry").addObject();
        entry.put("id", PAGE_ID);
        entry.put("time", items.isEmpty() ? 0 : items.get(0).path("timestamp").asLong());
        ArrayNode messaging = entry.putArray("messaging");
        items.forEach(messaging::add);
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] body(ObjectNode... items) {
        return body(List.of(items));
    }

    public static String signature(byte[] body) {
        return new WebhookSignature(FakeGraphApi.APP_SECRET).header(body);
    }

    public static ObjectNode text(String psid, String mid, long timestamp, String text) {
        ObjectNode item = item(psid, timestamp);
        item.putObject("message").put("mid", mid).put("text", text);
        return item;
    }

    public static ObjectNode quickReply(String psid, String mid, long timestamp, String title, String payload) {
        ObjectNode item = text(psid, mid, timestamp, title);
        ((ObjectNode) item.path("message")).putObject("quick_reply").put("payload", payload);
        return item;
    }

    public static ObjectNode postback(String psid, String mid, long timestamp, String title, String payload) {
        ObjectNode item = item(psid, timestamp);
        item.putObject("postback").put("mid", mid).put("title", title).put("payload", payload);
        return item;
    }

    /** An attachment message: {@code type} is image, file, audio, video... */
    public static ObjectNode attachment(String psid, String mid, long timestamp, String type, URI url) {
        ObjectNode item = item(psid, timestamp);
        ObjectNode attachment = item.putObject("message").put("mid", mid).putArray("attachments").addObject();
        attachment.put("type", type);
        attachment.putObject("payload").put("url", url.toString());
        return item;
    }

    public static ObjectNode sticker(String psid, String mid, long timestamp, URI url) {
        ObjectNode item = attachment(psid, mid, timestamp, "image", url);
        ((ObjectNode) item.path("message").path("attachments").get(0).path("payload")).put("sticker_id", 369239263222822L);
        return item;
    }

    /** The Page's own message coming back (is_echo): never answered. */
    public static ObjectNode echo(String psid, String mid, long timestamp, String text) {
        ObjectNode item = JSON.createObjectNode();
        item.putObject("sender").put("id", PAGE_ID);
        item.putObject("recipient").put("id", psid);
        item.put("timestamp", timestamp);
        item.putObject("message").put("mid", mid).put("is_echo", true).put("app_id", 1517776481860111L).put("text", text);
        return item;
    }

    public static ObjectNode delivery(String psid, long timestamp, String mid) {
        ObjectNode item = item(psid, timestamp);
        ObjectNode delivery = item.putObject("delivery");
        delivery.putArray("mids").add(mid);
        delivery.put("watermark", timestamp);
        return item;
    }

    public static ObjectNode read(String psid, long timestamp) {
        ObjectNode item = item(psid, timestamp);
        item.putObject("read").put("watermark", timestamp);
        return item;
    }

    private static ObjectNode item(String psid, long timestamp) {
        ObjectNode item = JSON.createObjectNode();
        item.putObject("sender").put("id", psid);
        item.putObject("recipient").put("id", PAGE_ID);
        item.put("timestamp", timestamp);
        return item;
    }
}
