package app.relais.webchat.socket;

import app.relais.conversation.Choice;
import app.relais.webchat.ErrorCode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * Reads one client frame: one JSON object of at most {@link #MAX_FRAME_BYTES}, with a known
 * {@code type} and the fields that type needs. Unknown extra fields are ignored, so clients may
 * send fields of a later protocol version. Anything else is a {@link FrameRejected}.
 */
final class FrameParser {

    static final int MAX_FRAME_BYTES = 8 * 1024;
    static final int MAX_TEXT_CHARS = 4000;
    private static final int MAX_START_CHARS = 64;
    private static final int MAX_CONTINUATION_CHARS = 200;
    private static final Pattern UPLOAD_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    private static final int MAX_ZONE_CHARS = 64;
    private static final Pattern LAST_SEEN = Pattern.compile("[0-9]{1,18}");

    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    ClientFrame parse(String payload) {
        if (payload.length() > MAX_FRAME_BYTES / 4
                && payload.getBytes(StandardCharsets.UTF_8).length > MAX_FRAME_BYTES) {
            throw tooLargeFrame();
        }
        JsonNode frame;
        try {
            frame = json.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new FrameRejected(ErrorCode.BAD_REQUEST, "webchat.error.malformed");
        }
        if (frame == null || !frame.isObject() || !frame.path("type").isTextual()) {
            throw new FrameRejected(ErrorCode.BAD_REQUEST, "webchat.error.malformed");
        }
        String type = frame.get("type").asText();
        switch (type) {
            case "hello":
                return new ClientFrame.Hello(optional(frame, "session"), optional(frame, "locale"), start(frame),
                        zone(frame), lastSeen(frame), continuation(frame));
            case "text":
                return new ClientFrame.Text(text(frame), messageId(frame));
            case "choice":
                return new ClientFrame.Choice(choiceId(frame));
            case "attachment":
                return new ClientFrame.Attachment(upload(frame));
            case "ping":
                return new ClientFrame.Ping();
            default:
                throw new FrameRejected(ErrorCode.BAD_REQUEST, "webchat.error.unknown-type", printable(type));
        }
    }

    static FrameRejected tooLargeFrame() {
        return new FrameRejected(ErrorCode.TOO_LARGE, "webchat.error.frame-too-large", MAX_FRAME_BYTES / 1024);
    }

    private static String text(JsonNode frame) {
        String text = required(frame, "text");
        if (text.codePointCount(0, text.length()) > MAX_TEXT_CHARS) {
            throw new FrameRejected(ErrorCode.TOO_LARGE, "webchat.error.text-too-long", MAX_TEXT_CHARS);
        }
        if (text.isBlank()) {
            throw new FrameRejected(ErrorCode.BAD_REQUEST, "webchat.error.empty-text");
        }
        return text;
    }

    private static String choiceId(JsonNode frame) {
        String id = required(frame, "id");
        if (id.isBlank() || id.getBytes(StandardCharsets.UTF_8).length > Choice.MAX_ID_BYTES) {
            throw invalid("id");
        }
        return id;
    }

    private static String upload(JsonNode frame) {
        String upload = required(frame, "upload");
        if (!UPLOAD_ID.matcher(upload).matches()) {
            throw invalid("upload");
        }
        return upload;
    }

    /** The page's time zone; one this JVM does not know is ignored (the deployment's zone applies). */
    private static ZoneId zone(JsonNode frame) {
        String zone = optional(frame, "zone");
        if (zone == null || zone.length() > MAX_ZONE_CHARS) {
            return null;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException unknown) {
            return null;
        }
    }

    private static String messageId(JsonNode frame) {
        String id = optional(frame, "id");
        if (id != null && !MESSAGE_ID.matcher(id).matches()) {
            throw invalid("id");
        }
        return id;
    }

    private static String start(JsonNode frame) {
        String start = optional(frame, "start");
        if (start != null && start.length() > MAX_START_CHARS) {
            throw invalid("start");
        }
        return start;
    }

    private static String continuation(JsonNode frame) {
        String token = optional(frame, "continue");
        if (token != null && (token.isEmpty() || token.length() > MAX_CONTINUATION_CHARS)) {
            throw invalid("continue");
        }
        return token;
    }

    /** The id of the last message the client showed, as the decimal string it received; 0 when absent. */
    private static long lastSeen(JsonNode frame) {
        String last = optional(frame, "last");
        if (last == null || last.isEmpty()) {
            return 0;
        }
        if (!LAST_SEEN.matcher(last).matches()) {
            throw invalid("last");
        }
        return Long.parseLong(last);
    }

    private static String required(JsonNode frame, String field) {
        String value = optional(frame, field);
        if (value == null) {
            throw new FrameRejected(ErrorCode.BAD_REQUEST, "webchat.error.missing-field", field);
        }
        return value;
    }

    /** A string field, or null when absent or null; any other JSON type is refused. */
    private static String optional(JsonNode frame, String field) {
        JsonNode value = frame.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw invalid(field);
        }
        return value.asText();
    }

    private static FrameRejected invalid(String field) {
        return new FrameRejected(ErrorCode.BAD_REQUEST, "webchat.error.invalid-field", field);
    }

    /** An unknown type echoed in a message: short and without control characters. */
    private static String printable(String type) {
        String cleaned = type.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 32 ? cleaned.substring(0, 32) + "…" : cleaned;
    }
}
