package app.relais.benchmarks.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * RFC 6455 framing, and only what the load harness needs: encoding single-frame messages (masked
 * as a client must, or unmasked for tests) and decoding what a server sends, text messages
 * reassembled from their fragments, control frames (ping, pong, close) passed on as they come.
 * Kept apart from the socket so that it can be checked byte for byte against the RFC's examples.
 */
final class WebSocketFrames {

    static final int CONTINUATION = 0x0;
    static final int TEXT = 0x1;
    static final int BINARY = 0x2;
    static final int CLOSE = 0x8;
    static final int PING = 0x9;
    static final int PONG = 0xA;

    /** Close status codes (RFC 6455 section 7.4.1). */
    static final int NORMAL_CLOSURE = 1000;
    static final int PROTOCOL_ERROR = 1002;
    static final int UNSUPPORTED_DATA = 1003;
    static final int NO_STATUS = 1005;
    static final int MESSAGE_TOO_BIG = 1009;

    private WebSocketFrames() {
    }

    /**
     * One frame: 2 to 14 header bytes, then the payload, XORed with {@code mask} when given (a
     * client's frames must be masked, RFC 6455 section 5.3; a server's must not be).
     *
     * @param mask 4 bytes, or null for an unmasked frame
     */
    static byte[] encode(int opcode, boolean fin, byte[] payload, byte[] mask) {
        int length = payload.length;
        int lengthBytes = length < 126 ? 0 : length < 65536 ? 2 : 8;
        int header = 2 + lengthBytes + (mask == null ? 0 : 4);
        byte[] frame = new byte[header + length];
        frame[0] = (byte) ((fin ? 0x80 : 0) | opcode);
        int maskBit = mask == null ? 0 : 0x80;
        if (lengthBytes == 0) {
            frame[1] = (byte) (maskBit | length);
        } else if (lengthBytes == 2) {
            frame[1] = (byte) (maskBit | 126);
            frame[2] = (byte) (length >>> 8);
            frame[3] = (byte) length;
        } else {
            frame[1] = (byte) (maskBit | 127);
            // An int length: the 4 high bytes of the 64-bit form stay 0.
            for (int i = 0; i < 4; i++) {
                frame[6 + i] = (byte) (length >>> (24 - 8 * i));
            }
        }
        if (mask == null) {
            System.arraycopy(payload, 0, frame, header, length);
        } else {
            System.arraycopy(mask, 0, frame, header - 4, 4);
            for (int i = 0; i < length; i++) {
                frame[header + i] = (byte) (payload[i] ^ mask[i & 3]);
            }
        }
        return frame;
    }

    /** A close frame's payload: the status code, then the reason in UTF-8 (RFC 6455 section 5.5.1). */
    static byte[] closePayload(int code, String reason) {
        byte[] text = reason.getBytes(StandardCharsets.UTF_8);
        byte[] payload = new byte[2 + text.length];
        payload[0] = (byte) (code >>> 8);
        payload[1] = (byte) code;
        System.arraycopy(text, 0, payload, 2, text.length);
        return payload;
    }

    /**
     * The size in bytes of the whole frame at the front of {@code in} (header and payload), or -1
     * while its header is incomplete; {@code in} is not consumed. Tells a reader how large its
     * buffer must be before the frame can be decoded in one piece.
     */
    static long frameSize(ByteBuffer in) {
        int p = in.position();
        int available = in.remaining();
        if (available < 2) {
            return -1;
        }
        int b1 = in.get(p + 1) & 0xFF;
        int code = b1 & 0x7F;
        int header = 2 + (code == 126 ? 2 : code == 127 ? 8 : 0) + ((b1 & 0x80) != 0 ? 4 : 0);
        if (available < header) {
            return -1;
        }
        long length = code == 126 ? in.getShort(p + 2) & 0xFFFF : code == 127 ? in.getLong(p + 2) : code;
        // A 64-bit length with its most significant bit set is invalid; it sorts as "too big".
        return length < 0 ? Long.MAX_VALUE : header + length;
    }

    /** What a decoder hands on, on the thread that feeds it. */
    interface Handler {

        /** A whole text message, decoded from UTF-8 once all its fragments are there. */
        void onText(String message);

        /** A ping's payload (up to 125 bytes), to be sent back in a pong. */
        void onPing(byte[] payload);

        /** The peer's close frame: its status code ({@link #NO_STATUS} when it had none) and reason. */
        void onClose(int code, String reason);
    }

    /** The peer broke the protocol: the connection must be failed with {@code closeCode}. */
    static final class ProtocolException extends IOException {
        final int closeCode;

        ProtocolException(int closeCode, String message) {
            super(message);
            this.closeCode = closeCode;
        }
    }

    /**
     * Decodes frames from a heap buffer, keeping only the state a fragmented message needs between
     * reads. Not thread-safe: one per connection, fed by the thread that reads it.
     */
    static final class Decoder {

        private final int maxMessage;
        /** The fragments of a text message whose final frame has not come yet. */
        private byte[] fragments = new byte[0];
        private int fragmentsLength;
        private boolean inMessage;
        private boolean closed;

        /** @param maxMessage the largest frame or reassembled message accepted, in bytes */
        Decoder(int maxMessage) {
            this.maxMessage = maxMessage;
        }

        /**
         * Decodes every whole frame at the front of {@code in} (which must have an array) and
         * leaves the rest, a frame cut by the read, in it; stops after a close frame. Masked
         * frames are unmasked in place, so that the RFC's client examples decode too.
         */
        void feed(ByteBuffer in, Handler handler) throws ProtocolException {
            while (!closed) {
                long size = frameSize(in);
                if (size > maxMessage + 14L) {
                    throw new ProtocolException(MESSAGE_TOO_BIG, "a frame of " + size + " bytes");
                }
                if (size < 0 || size > in.remaining()) {
                    return;
                }
                int p = in.position();
                byte[] bytes = in.array();
                int start = in.arrayOffset() + p;
                int b0 = bytes[start] & 0xFF;
                int b1 = bytes[start + 1] & 0xFF;
                boolean fin = (b0 & 0x80) != 0;
                int opcode = b0 & 0x0F;
                if ((b0 & 0x70) != 0) {
                    throw new ProtocolException(PROTOCOL_ERROR, "reserved bits set without an extension");
                }
                int code = b1 & 0x7F;
                int header = 2 + (code == 126 ? 2 : code == 127 ? 8 : 0);
                int length = (int) (size - header - ((b1 & 0x80) != 0 ? 4 : 0));
                if ((b1 & 0x80) != 0) {
                    int maskAt = start + header;
                    header += 4;
                    for (int i = 0; i < length; i++) {
                        bytes[start + header + i] ^= bytes[maskAt + (i & 3)];
                    }
                }
                in.position(p + (int) size);
                frame(fin, opcode, bytes, start + header, length, handler);
            }
        }

        private void frame(boolean fin, int opcode, byte[] bytes, int offset, int length, Handler handler)
                throws ProtocolException {
            if (opcode >= CLOSE) {
                // Control frames are never fragmented and may come between a message's fragments.
                if (!fin || length > 125) {
                    throw new ProtocolException(PROTOCOL_ERROR, "a fragmented or long control frame");
                }
                control(opcode, bytes, offset, length, handler);
                return;
            }
            switch (opcode) {
                case TEXT:
                    if (inMessage) {
                        throw new ProtocolException(PROTOCOL_ERROR, "a new message before the last one's final fragment");
                    }
                    if (fin) {
                        // The common case, a whole message in one frame: decoded from the read buffer, no copy.
                        handler.onText(new String(bytes, offset, length, StandardCharsets.UTF_8));
                    } else {
                        inMessage = true;
                        append(bytes, offset, length);
                    }
                    return;
                case CONTINUATION:
                    if (!inMessage) {
                        throw new ProtocolException(PROTOCOL_ERROR, "a continuation frame outside a message");
                    }
                    append(bytes, offset, length);
                    if (fin) {
                        // Decoded only now: a multi-byte character may straddle two fragments.
                        String message = new String(fragments, 0, fragmentsLength, StandardCharsets.UTF_8);
                        inMessage = false;
                        fragmentsLength = 0;
                        if (fragments.length > 65536) {
                            fragments = new byte[0];
                        }
                        handler.onText(message);
                    }
                    return;
                case BINARY:
                    // The chat protocol is JSON text; a binary message means something is wrong.
                    throw new ProtocolException(UNSUPPORTED_DATA, "a binary message");
                default:
                    throw new ProtocolException(PROTOCOL_ERROR, "reserved opcode " + opcode);
            }
        }

        private void control(int opcode, byte[] bytes, int offset, int length, Handler handler)
                throws ProtocolException {
            switch (opcode) {
                case PING:
                    handler.onPing(Arrays.copyOfRange(bytes, offset, offset + length));
                    return;
                case PONG:
                    // Unsolicited pongs are allowed and mean nothing (RFC 6455 section 5.5.3).
                    return;
                case CLOSE:
                    if (length == 1) {
                        throw new ProtocolException(PROTOCOL_ERROR, "a close frame with a 1-byte payload");
                    }
                    closed = true;
                    int status = length == 0 ? NO_STATUS : (bytes[offset] & 0xFF) << 8 | bytes[offset + 1] & 0xFF;
                    String reason = length <= 2 ? "" : new String(bytes, offset + 2, length - 2, StandardCharsets.UTF_8);
                    handler.onClose(status, reason);
                    return;
                default:
                    throw new ProtocolException(PROTOCOL_ERROR, "reserved control opcode " + opcode);
            }
        }

        private void append(byte[] bytes, int offset, int length) throws ProtocolException {
            if (fragmentsLength + (long) length > maxMessage) {
                throw new ProtocolException(MESSAGE_TOO_BIG, "a message over " + maxMessage + " bytes");
            }
            if (fragmentsLength + length > fragments.length) {
                fragments = Arrays.copyOf(fragments, Math.max(fragmentsLength + length, fragments.length * 2));
            }
            System.arraycopy(bytes, offset, fragments, fragmentsLength, length);
            fragmentsLength += length;
        }
    }
}
