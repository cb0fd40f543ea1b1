package app.relais.webchat.socket;

import app.relais.conversation.Choice;
import app.relais.conversation.FileRef;
import app.relais.conversation.InputHint;
import app.relais.conversation.Link;
import app.relais.conversation.Reply;
import app.relais.webchat.ErrorCode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;

/**
 * Writes server frames. A {@link Reply} becomes one {@code bot} frame; its links travel in the
 * {@code links} field, an additive extension of protocol v1 (clients that do not know it ignore it).
 */
final class FrameRenderer {

    private final ObjectMapper json = new ObjectMapper();

    String welcome(String token, boolean resumed) {
        ObjectNode frame = frame("welcome");
        frame.put("session", token);
        frame.put("resumed", resumed);
        return write(frame);
    }

    /**
     * {@code downloadUrl} turns a file the bot hands over into a URL this session may fetch;
     * {@code language} is the conversation's language after the turn, null when unknown.
     */
    String bot(String id, Reply reply, String language, Function<FileRef, String> downloadUrl) {
        ObjectNode frame = frame("bot");
        frame.put("id", id);
        frame.put("text", reply.text());
        ArrayNode choices = frame.putArray("choices");
        for (Choice choice : reply.choices()) {
            choices.addObject().put("id", choice.id()).put("label", choice.label());
        }
        ArrayNode files = frame.putArray("files");
        for (FileRef file : reply.files()) {
            files.addObject().put("name", file.name()).put("url", downloadUrl.apply(file)).put("mime", file.mime());
        }
        ArrayNode links = frame.putArray("links");
        for (Link link : reply.links()) {
            links.addObject().put("label", link.label()).put("url", link.url());
        }
        frame.put("expects", reply.expects().wireName());
        if (reply.copyable()) {
            // v1 extension: the text is meant to be copied as it is (the draft); clients may offer a copy button.
            frame.put("copy", true);
        }
        if (reply.hint() != InputHint.NONE) {
            // v1 extension: what the question wants typed; clients may say it in their input's placeholder.
            frame.put("hint", reply.hint().wireName());
        }
        if (language != null) {
            // v1 extension: the conversation's language, so a client can follow /lang with its own texts.
            frame.put("lang", language);
        }
        return write(frame);
    }

    /** v1 extension: the person's message {@code id}, as kept once a secret was masked in it. */
    String masked(String id, String text) {
        ObjectNode frame = frame("masked");
        frame.put("id", id);
        frame.put("text", text);
        return write(frame);
    }

    /** v1 extension: the session's conversation was erased (/forget); the client forgets it too. */
    String forgotten() {
        return write(frame("forgotten"));
    }

    /** A human agent's message during a hand-off; {@code id} as a bot frame's (an additive v1 field). */
    String agent(String id, String name, String text) {
        ObjectNode frame = frame("agent");
        frame.put("id", id);
        frame.put("name", name);
        frame.put("text", text);
        return write(frame);
    }

    /** The outage banner; a null text clears it. */
    String banner(String level, String text) {
        ObjectNode frame = frame("banner");
        frame.put("level", level);
        frame.put("text", text);
        return write(frame);
    }

    String error(ErrorCode code, String message) {
        ObjectNode frame = frame("error");
        frame.put("code", code.wireName());
        frame.put("message", message);
        return write(frame);
    }

    String pong() {
        return write(frame("pong"));
    }

    private ObjectNode frame(String type) {
        return json.createObjectNode().put("type", type);
    }

    private String write(ObjectNode frame) {
        try {
            return json.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }
}
