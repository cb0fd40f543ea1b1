package app.relais.webchat.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.relais.webchat.ErrorCode;
import org.junit.jupiter.api.Test;

/** Every client frame of protocol v1, and every way a frame can be refused. */
class FrameParserTest {

    private final FrameParser parser = new FrameParser();

    @Test
    void readsEachFrameType() {
        assertThat(parser.parse("{\"type\":\"hello\",\"session\":\"v1.abc.def\",\"locale\":\"fr-FR\",\"start\":\"outage\"}"))
                .isEqualTo(new ClientFrame.Hello("v1.abc.def", "fr-FR", "outage", null, 0));
        assertThat(parser.parse("{\"type\":\"hello\"}")).isEqualTo(new ClientFrame.Hello(null, null, null, null, 0));
        assertThat(parser.parse("{\"type\":\"hello\",\"session\":\"v1.abc.def\",\"last\":\"179530560000000003\"}"))
                .isEqualTo(new ClientFrame.Hello("v1.abc.def", null, null, null, 179530560000000003L));
        assertThat(parser.parse("{\"type\":\"text\",\"text\":\"/back\"}")).isEqualTo(new ClientFrame.Text("/back", null));
        assertThat(parser.parse("{\"type\":\"hello\",\"continue\":\"c1.abc.def\"}"))
                .isEqualTo(new ClientFrame.Hello(null, null, null, null, "c1.abc.def"));
        assertThat(parser.parse("{\"type\":\"choice\",\"id\":\"triage:yes\"}")).isEqualTo(new ClientFrame.Choice("triage:yes"));
        assertThat(parser.parse("{\"type\":\"attachment\",\"upload\":\"AbC_12-x\"}"))
                .isEqualTo(new ClientFrame.Attachment("AbC_12-x"));
        assertThat(parser.parse("{\"type\":\"ping\"}")).isEqualTo(new ClientFrame.Ping());
    }

    @Test
    void theV1ExtensionsAreRead() {
        assertThat(parser.parse("{\"type\":\"hello\",\"zone\":\"America/Montreal\"}"))
                .isEqualTo(new ClientFrame.Hello(null, null, null, java.time.ZoneId.of("America/Montreal"), 0));
        assertThat(parser.parse("{\"type\":\"hello\",\"zone\":\"Nowhere/Atlantis\"}"))
                .as("an unknown zone is ignored").isEqualTo(new ClientFrame.Hello(null, null, null, null, 0));
        assertThat(parser.parse("{\"type\":\"text\",\"text\":\"bonjour\",\"id\":\"m-1712.3\"}"))
                .isEqualTo(new ClientFrame.Text("bonjour", "m-1712.3"));
        assertRefused("{\"type\":\"text\",\"text\":\"bonjour\",\"id\":\"<b>\"}", ErrorCode.BAD_REQUEST,
                "webchat.error.invalid-field");
        assertRefused("{\"type\":\"text\",\"text\":\"bonjour\",\"id\":7}", ErrorCode.BAD_REQUEST,
                "webchat.error.invalid-field");
    }

    @Test
    void theLastSeenIdIsTheDecimalStringAFrameCarried() {
        assertRefused("{\"type\":\"hello\",\"last\":\"12a\"}", ErrorCode.BAD_REQUEST, "webchat.error.invalid-field");
        assertRefused("{\"type\":\"hello\",\"last\":17953056}", ErrorCode.BAD_REQUEST, "webchat.error.invalid-field");
        assertRefused("{\"type\":\"hello\",\"last\":\"1234567890123456789\"}", ErrorCode.BAD_REQUEST,
                "webchat.error.invalid-field");
        assertThat(parser.parse("{\"type\":\"hello\",\"last\":\"\"}")).isEqualTo(new ClientFrame.Hello(null, null, null, null, 0));
    }

    @Test
    void fieldsOfALaterVersionAreIgnored() {
        assertThat(parser.parse("{\"type\":\"text\",\"text\":\"bonjour\",\"replyTo\":\"42\"}"))
                .isEqualTo(new ClientFrame.Text("bonjour", null));
    }

    @Test
    void malformedJsonIsABadRequest() {
        assertRefused("{\"type\":\"text\",", ErrorCode.BAD_REQUEST, "webchat.error.malformed");
        assertRefused("not json", ErrorCode.BAD_REQUEST, "webchat.error.malformed");
        assertRefused("{\"type\":\"ping\"} {\"type\":\"ping\"}", ErrorCode.BAD_REQUEST, "webchat.error.malformed");
        assertRefused("[\"text\"]", ErrorCode.BAD_REQUEST, "webchat.error.malformed");
        assertRefused("{\"text\":\"no type\"}", ErrorCode.BAD_REQUEST, "webchat.error.malformed");
        assertRefused("", ErrorCode.BAD_REQUEST, "webchat.error.malformed");
    }

    @Test
    void anUnknownTypeIsNamedBack() {
        FrameRejected rejected = refused("{\"type\":\"typing\"}");
        assertThat(rejected.code()).isEqualTo(ErrorCode.BAD_REQUEST);
        assertThat(rejected.messageKey()).isEqualTo("webchat.error.unknown-type");
        assertThat(rejected.args()).containsExactly("typing");
    }

    @Test
    void missingOrMistypedFieldsAreNamed() {
        FrameRejected missing = refused("{\"type\":\"choice\"}");
        assertThat(missing.messageKey()).isEqualTo("webchat.error.missing-field");
        assertThat(missing.args()).containsExactly("id");
        FrameRejected mistyped = refused("{\"type\":\"text\",\"text\":42}");
        assertThat(mistyped.messageKey()).isEqualTo("webchat.error.invalid-field");
        assertRefused("{\"type\":\"attachment\",\"upload\":\"../../etc/passwd\"}", ErrorCode.BAD_REQUEST,
                "webchat.error.invalid-field");
        assertRefused("{\"type\":\"choice\",\"id\":\"" + "x".repeat(65) + "\"}", ErrorCode.BAD_REQUEST,
                "webchat.error.invalid-field");
        assertRefused("{\"type\":\"text\",\"text\":\"   \"}", ErrorCode.BAD_REQUEST, "webchat.error.empty-text");
    }

    @Test
    void textIsLimitedTo4000Characters() {
        String accented = "é".repeat(4000);
        assertThat(parser.parse(text(accented))).isEqualTo(new ClientFrame.Text(accented, null));
        assertRefused(text("a".repeat(4001)), ErrorCode.TOO_LARGE, "webchat.error.text-too-long");
    }

    @Test
    void framesOver8KiBAreTooLarge() {
        assertRefused(text("€".repeat(2800)), ErrorCode.TOO_LARGE, "webchat.error.frame-too-large");
    }

    private static String text(String body) {
        return "{\"type\":\"text\",\"text\":\"" + body + "\"}";
    }

    private void assertRefused(String frame, ErrorCode code, String key) {
        FrameRejected rejected = refused(frame);
        assertThat(rejected.code()).as(frame).isEqualTo(code);
        assertThat(rejected.messageKey()).as(frame).isEqualTo(key);
    }

    private FrameRejected refused(String frame) {
        FrameRejected rejected = catchThrowableOfType(FrameRejected.class, () -> parser.parse(frame));
        assertThat(rejected).as("refused: " + frame).isNotNull();
        return rejected;
    }
}
