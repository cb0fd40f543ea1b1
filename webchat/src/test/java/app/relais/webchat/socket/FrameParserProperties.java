package app.relais.webchat.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.relais.testing.HostileText;
import app.relais.webchat.ErrorCode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever arrives on the socket, the parser either reads a frame or refuses it with a
 * {@link FrameRejected} the user is told about: never another exception, never a text over 4000
 * characters, never a frame over 8 KiB.
 */
class FrameParserProperties {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FrameParser parser = new FrameParser();

    @Property(tries = 1000)
    void anyPayloadIsReadOrRefusedNeverThrown(@ForAll("payloads") String payload) {
        try {
            ClientFrame frame = parser.parse(payload);
            assertThat(payload.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FrameParser.MAX_FRAME_BYTES);
            if (frame instanceof ClientFrame.Text text) {
                assertThat(text.text().codePointCount(0, text.text().length())).isLessThanOrEqualTo(FrameParser.MAX_TEXT_CHARS);
                assertThat(text.text()).isNotBlank();
            }
        } catch (FrameRejected rejected) {
            assertThat(rejected.messageKey()).startsWith("webchat.error.");
            assertThat(rejected.code()).isIn(ErrorCode.BAD_REQUEST, ErrorCode.TOO_LARGE);
        }
    }

    @Property(tries = 500)
    void aTextFrameCarriesTheTextExactlyOrSaysWhyNot(@ForAll("texts") String text) {
        String frame = JSON.createObjectNode().put("type", "text").put("text", text).toString();
        int codePoints = text.codePointCount(0, text.length());
        boolean fits = frame.getBytes(StandardCharsets.UTF_8).length <= FrameParser.MAX_FRAME_BYTES;
        if (!fits || codePoints > FrameParser.MAX_TEXT_CHARS) {
            assertThatThrownBy(() -> parser.parse(frame)).isInstanceOfSatisfying(FrameRejected.class,
                    rejected -> assertThat(rejected.code()).isEqualTo(ErrorCode.TOO_LARGE));
        } else if (text.isBlank()) {
            assertThatThrownBy(() -> parser.parse(frame)).isInstanceOfSatisfying(FrameRejected.class,
                    rejected -> assertThat(rejected.messageKey()).isEqualTo("webchat.error.empty-text"));
        } else {
            assertThat(parser.parse(frame)).isEqualTo(new ClientFrame.Text(text, null));
        }
    }

    @Property(tries = 200)
    void deepNestingIsRefusedOrIgnoredNeverACrash(@ForAll @IntRange(min = 1, max = 20_000) int depth,
                                                  @ForAll boolean arrays) {
        String open = arrays ? "[" : "{\"a\":";
        String close = arrays ? "]" : "}";
        String payload = "{\"type\":\"text\",\"text\":\"salut\",\"later\":" + open.repeat(depth) + "1" + close.repeat(depth) + "}";
        try {
            assertThat(parser.parse(payload)).isEqualTo(new ClientFrame.Text("salut", null));
        } catch (FrameRejected rejected) {
            assertThat(rejected.code()).isIn(ErrorCode.BAD_REQUEST, ErrorCode.TOO_LARGE);
        }
    }

    @Property(tries = 100)
    void framesOver8KiBAreTooLargeWhateverTheyHold(@ForAll("huge") String filler) {
        String frame = "{\"type\":\"text\",\"text\":\"" + filler + "\"}";
        Assume.that(frame.getBytes(StandardCharsets.UTF_8).length > FrameParser.MAX_FRAME_BYTES);
        assertThatThrownBy(() -> parser.parse(frame)).isInstanceOfSatisfying(FrameRejected.class,
                rejected -> assertThat(rejected.messageKey()).isEqualTo("webchat.error.frame-too-large"));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(HostileText.any(30), HostileText.huge(5000),
                // Around the limit: 4000 code points fit only while they stay under 8 KiB once encoded.
                Arbitraries.of("a", "é", "😀", "\u202e", "\u0000", " ").flatMap(c ->
                        Arbitraries.integers().between(1990, 4010).map(c::repeat)));
    }

    @Provide
    Arbitrary<String> huge() {
        return HostileText.huge(20_000).map(s -> s.replace("\\", "\\\\").replace("\"", "\\\""));
    }

    @Provide
    Arbitrary<String> payloads() {
        Arbitrary<String> type = Arbitraries.of("hello", "text", "choice", "attachment", "ping", "typing", "", "TEXT");
        Arbitrary<String> field = Arbitraries.of("text", "id", "upload", "session", "locale", "start", "type", "x");
        Arbitrary<Object> value = Arbitraries.oneOf(HostileText.any(8).map(Object.class::cast),
                Arbitraries.integers().map(Object.class::cast), Arbitraries.just(null), Arbitraries.of(true, false)
                        .map(Object.class::cast));
        Arbitrary<String> objects = Combinators.combine(type, field.list().ofMaxSize(4), value.list().ofSize(4))
                .as((t, fields, values) -> {
                    ObjectNode node = JSON.createObjectNode().put("type", t);
                    for (int i = 0; i < fields.size(); i++) {
                        node.set(fields.get(i), JSON.valueToTree(values.get(i)));
                    }
                    return node.toString();
                });
        Arbitrary<String> broken = objects.flatMap(json -> Arbitraries.integers().between(0, json.length())
                .map(cut -> json.substring(0, cut)));
        return Arbitraries.oneOf(objects, broken, HostileText.any(20), HostileText.huge(10_000),
                Arbitraries.of("null", "[]", "\"text\"", "42", "{}", "{\"type\":null}", "{\"type\":\"text\"} {}",
                        "{\"type\":\"text\",\"text\":\"\\ud800\"}", "\ufeff{\"type\":\"ping\"}", "{\"type\":\"ping\"}\u0000"));
    }
}
