package app.relais.bot.store;

import app.relais.conversation.ConversationKey;
import app.relais.conversation.Inbound;
import app.relais.conversation.Reply;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A conversation log row's JSON: the replies as the engine's records (every field of {@link Reply},
 * so a reply sent again after a crash is the reply it was), and what the person sent, one field
 * naming its kind. Unknown fields are ignored, so an older instance reads what a newer one wrote
 * during a rolling deploy.
 */
final class OutboxCodec {

    private static final TypeReference<List<Reply>> REPLIES = new TypeReference<>() { };

    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    String replies(List<Reply> replies) {
        try {
            return json.writeValueAsString(replies);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("replies cannot be written as JSON", e);
        }
    }

    List<Reply> replies(String text) {
        try {
            return json.readValue(text, REPLIES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored replies are not readable: " + e.getOriginalMessage(), e);
        }
    }

    /** What the person sent; null for a row written outside a turn. */
    String person(Inbound inbound) {
        if (inbound == null) {
            return null;
        }
        ObjectNode node = json.createObjectNode();
        if (inbound instanceof Inbound.Text text) {
            node.put("text", text.text());
        } else if (inbound instanceof Inbound.Choice choice) {
            node.put("choice", choice.choiceId());
        } else if (inbound instanceof Inbound.Command command) {
            node.put("command", command.name()).put("argument", command.argument());
        } else {
            Inbound.Attachment files = (Inbound.Attachment) inbound;
            files.fileIds().forEach(node.putArray("files")::add);
            node.put("caption", files.caption());
        }
        return node.toString();
    }

    Inbound person(ConversationKey key, String text) {
        if (text == null) {
            return null;
        }
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored message is not readable: " + e.getOriginalMessage(), e);
        }
        if (node.has("text")) {
            return new Inbound.Text(key, node.get("text").asText(), null);
        }
        if (node.has("choice")) {
            return new Inbound.Choice(key, node.get("choice").asText(), null);
        }
        if (node.has("command")) {
            return new Inbound.Command(key, node.get("command").asText(), node.path("argument").asText(""), null);
        }
        List<String> ids = new ArrayList<>();
        node.path("files").forEach(id -> ids.add(id.asText()));
        JsonNode caption = node.get("caption");
        return new Inbound.Attachment(key, ids, caption == null || caption.isNull() ? null : caption.asText(), null);
    }
}
