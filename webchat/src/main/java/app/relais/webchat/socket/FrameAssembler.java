package app.relais.webchat.socket;

/**
 * Joins the parts of one text message. The socket takes messages in parts so that a client
 * sending far more than {@link FrameParser#MAX_FRAME_BYTES} gets an error frame instead of a
 * closed connection (Tomcat closes with 1009 when a whole message overflows its buffer), and
 * nothing beyond the limit is kept in memory.
 */
final class FrameAssembler {

    private final int maxBytes;
    private final StringBuilder parts = new StringBuilder();
    private long bytes;

    FrameAssembler(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Adds a part of {@code partBytes} UTF-8 bytes. Returns the whole frame on the last part, null
     * before it; throws {@link FrameRejected} on the last part of a frame over the limit.
     */
    String add(String part, int partBytes, boolean last) {
        bytes += partBytes;
        if (bytes <= maxBytes) {
            parts.append(part);
        } else {
            parts.setLength(0);
        }
        if (!last) {
            return null;
        }
        boolean tooLarge = bytes > maxBytes;
        String whole = parts.toString();
        parts.setLength(0);
        bytes = 0;
        if (tooLarge) {
            throw FrameParser.tooLargeFrame();
        }
        return whole;
    }
}
