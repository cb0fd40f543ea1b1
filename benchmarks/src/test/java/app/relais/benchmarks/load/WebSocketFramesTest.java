package app.relais.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The codec against the examples of RFC 6455 (section 5.7, and 1.3 for the handshake's accept value). */
class WebSocketFramesTest {

    private static final byte[] HELLO = "Hello".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MASK = bytes(0x37, 0xfa, 0x21, 0x3d);
    private static final byte[] UNMASKED_HELLO = bytes(0x81, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f);
    private static final byte[] MASKED_HELLO = bytes(0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58);
    private static final byte[] HEL = bytes(0x01, 0x03, 0x48, 0x65, 0x6c);
    private static final byte[] LO = bytes(0x80, 0x02, 0x6c, 0x6f);
    private static final byte[] UNMASKED_PING_HELLO = bytes(0x89, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f);
    private static final byte[] MASKED_PONG_HELLO = bytes(0x8a, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58);

    @Test
    void encodesTheRfcSingleFrameMessages() {
        assertThat(WebSocketFrames.encode(WebSocketFrames.TEXT, true, HELLO, null)).isEqualTo(UNMASKED_HELLO);
        assertThat(WebSocketFrames.encode(WebSocketFrames.TEXT, true, HELLO, MASK)).isEqualTo(MASKED_HELLO);
        assertThat(WebSocketFrames.encode(WebSocketFrames.PING, true, HELLO, null)).isEqualTo(UNMASKED_PING_HELLO);
        assertThat(WebSocketFrames.encode(WebSocketFrames.PONG, true, HELLO, MASK)).isEqualTo(MASKED_PONG_HELLO);
    }

    @Test
    void encodesTheRfcFragmentsAndLengthForms() {
        assertThat(WebSocketFrames.encode(WebSocketFrames.TEXT, false, "Hel".getBytes(StandardCharsets.US_ASCII), null))
                .isEqualTo(HEL);
        assertThat(WebSocketFrames.encode(WebSocketFrames.CONTINUATION, true, "lo".getBytes(StandardCharsets.US_ASCII), null))
                .isEqualTo(LO);
        // "256 bytes binary message in a single unmasked frame": 0x82 0x7E 0x0100 [256 bytes of binary data]
        byte[] frame256 = WebSocketFrames.encode(WebSocketFrames.BINARY, true, new byte[256], null);
        assertThat(Arrays.copyOf(frame256, 4)).isEqualTo(bytes(0x82, 0x7e, 0x01, 0x00));
        assertThat(frame256).hasSize(4 + 256);
        // "64KiB binary message in a single unmasked frame": 0x82 0x7F 0x0000000000010000 [65536 bytes of binary data]
        byte[] frame64k = WebSocketFrames.encode(WebSocketFrames.BINARY, true, new byte[65536], null);
        assertThat(Arrays.copyOf(frame64k, 10)).isEqualTo(bytes(0x82, 0x7f, 0, 0, 0, 0, 0, 0x01, 0, 0));
        assertThat(frame64k).hasSize(10 + 65536);
        // The largest 7-bit and 16-bit lengths, masked as the client sends them.
        assertThat(Arrays.copyOf(WebSocketFrames.encode(WebSocketFrames.TEXT, true, new byte[125], MASK), 2))
                .isEqualTo(bytes(0x81, 0xfd));
        assertThat(Arrays.copyOf(WebSocketFrames.encode(WebSocketFrames.TEXT, true, new byte[65535], MASK), 4))
                .isEqualTo(bytes(0x81, 0xfe, 0xff, 0xff));
    }

    @Test
    void decodesTheRfcSingleFrameMessages() throws Exception {
        assertThat(decode(UNMASKED_HELLO).events).containsExactly("text Hello");
        assertThat(decode(MASKED_HELLO).events).containsExactly("text Hello");
        // A pong that nobody asked for is ignored; a ping is handed on with its payload.
        assertThat(decode(UNMASKED_PING_HELLO, MASKED_PONG_HELLO).events).containsExactly("ping Hello");
    }

    @Test
    void reassemblesTheRfcFragmentedMessageWhateverTheReadsCutAndAControlFrameBetween() throws Exception {
        assertThat(decode(HEL, LO).events).containsExactly("text Hello");
        assertThat(decode(HEL, UNMASKED_PING_HELLO, LO).events).containsExactly("ping Hello", "text Hello");
        byte[] all = concat(HEL, UNMASKED_PING_HELLO, LO);
        assertThat(decodeInChunks(all, 1).events).containsExactly("ping Hello", "text Hello");
        assertThat(decodeInChunks(all, 3).events).containsExactly("ping Hello", "text Hello");
    }

    @Test
    void decodesUtf8OnlyOnceTheWholeMessageIsThere() throws Exception {
        byte[] text = "ça coûte 5 € 😀".getBytes(StandardCharsets.UTF_8);
        // Cut inside "ç" (2 bytes) and inside the emoji (4 bytes).
        byte[] first = WebSocketFrames.encode(WebSocketFrames.TEXT, false, Arrays.copyOfRange(text, 0, 1), null);
        byte[] second = WebSocketFrames.encode(WebSocketFrames.CONTINUATION, false, Arrays.copyOfRange(text, 1, text.length - 2), null);
        byte[] third = WebSocketFrames.encode(WebSocketFrames.CONTINUATION, true, Arrays.copyOfRange(text, text.length - 2, text.length), null);
        assertThat(decode(first, second, third).events).containsExactly("text ça coûte 5 € 😀");
    }

    @Test
    void decodesTheRfcLengthFormsOfTextFrames() throws Exception {
        for (int length : new int[] {125, 126, 256, 65535, 65536, 200_000}) {
            byte[] payload = new byte[length];
            Arrays.fill(payload, (byte) 'a');
            byte[] frame = WebSocketFrames.encode(WebSocketFrames.TEXT, true, payload, null);
            assertThat(WebSocketFrames.frameSize(ByteBuffer.wrap(frame))).isEqualTo(frame.length);
            Recorder recorder = decodeInChunks(frame, 8192);
            assertThat(recorder.events).hasSize(1);
            assertThat(recorder.events.get(0)).isEqualTo("text " + "a".repeat(length));
        }
        assertThat(WebSocketFrames.frameSize(ByteBuffer.wrap(bytes(0x81, 0x7e, 0x01)))).isEqualTo(-1);
    }

    @Test
    void decodesCloseFrames() throws Exception {
        assertThat(decode(bytes(0x88, 0x02, 0x03, 0xe8)).events).containsExactly("close 1000 ");
        assertThat(decode(bytes(0x88, 0x00)).events).containsExactly("close 1005 ");
        byte[] goingAway = WebSocketFrames.encode(WebSocketFrames.CLOSE, true, WebSocketFrames.closePayload(1001, "bye"), null);
        // Nothing after a close frame is decoded.
        assertThat(decode(goingAway, UNMASKED_HELLO).events).containsExactly("close 1001 bye");
    }

    @Test
    void refusesWhatTheProtocolForbids() {
        assertThatThrownBy(() -> decode(LO)).isInstanceOf(WebSocketFrames.ProtocolException.class);
        assertThatThrownBy(() -> decode(HEL, HEL)).isInstanceOf(WebSocketFrames.ProtocolException.class);
        assertThatThrownBy(() -> decode(bytes(0x09, 0x00))).isInstanceOf(WebSocketFrames.ProtocolException.class);
        assertThatThrownBy(() -> decode(bytes(0x88, 0x01, 0x03))).isInstanceOf(WebSocketFrames.ProtocolException.class);
        assertThatThrownBy(() -> decode(bytes(0xc1, 0x00))).isInstanceOf(WebSocketFrames.ProtocolException.class);
        assertThatThrownBy(() -> decode(WebSocketFrames.encode(WebSocketFrames.BINARY, true, new byte[3], null)))
                .isInstanceOf(WebSocketFrames.ProtocolException.class)
                .satisfies(e -> assertThat(((WebSocketFrames.ProtocolException) e).closeCode).isEqualTo(1003));
        // A declared length beyond the limit is refused from the header alone.
        assertThatThrownBy(() -> new WebSocketFrames.Decoder(1000).feed(
                ByteBuffer.wrap(bytes(0x81, 0x7f, 0, 0, 0, 0, 0, 0x10, 0, 0)), new Recorder()))
                .isInstanceOf(WebSocketFrames.ProtocolException.class)
                .satisfies(e -> assertThat(((WebSocketFrames.ProtocolException) e).closeCode).isEqualTo(1009));
    }

    @Test
    void computesTheRfcAcceptValue() {
        assertThat(LeanWebSocket.accept("dGhlIHNhbXBsZSBub25jZQ==")).isEqualTo("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
    }

    /** Feeds the frames one read each. */
    private static Recorder decode(byte[]... frames) throws Exception {
        Recorder recorder = new Recorder();
        WebSocketFrames.Decoder decoder = new WebSocketFrames.Decoder(1 << 20);
        for (byte[] frame : frames) {
            // A copy: masked frames are unmasked in place, and the fixtures are shared.
            decoder.feed(ByteBuffer.wrap(frame.clone()), recorder);
        }
        return recorder;
    }

    /** Feeds {@code bytes} in reads of {@code chunk} bytes, keeping what is left in the buffer as the socket does. */
    private static Recorder decodeInChunks(byte[] bytes, int chunk) throws Exception {
        Recorder recorder = new Recorder();
        WebSocketFrames.Decoder decoder = new WebSocketFrames.Decoder(1 << 20);
        ByteBuffer in = ByteBuffer.allocate(bytes.length);
        for (int at = 0; at < bytes.length; at += chunk) {
            in.put(bytes, at, Math.min(chunk, bytes.length - at));
            in.flip();
            decoder.feed(in, recorder);
            in.compact();
        }
        assertThat(in.position()).isZero();
        return recorder;
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        ByteBuffer all = ByteBuffer.allocate(Arrays.stream(parts).mapToInt(p -> p.length).sum());
        for (byte[] part : parts) {
            all.put(part);
        }
        return all.array();
    }

    private static final class Recorder implements WebSocketFrames.Handler {
        final List<String> events = new ArrayList<>();

        @Override
        public void onText(String message) {
            events.add("text " + message);
        }

        @Override
        public void onPing(byte[] payload) {
            events.add("ping " + new String(payload, StandardCharsets.UTF_8));
        }

        @Override
        public void onClose(int code, String reason) {
            events.add("close " + code + " " + reason);
        }
    }
}
