package app.relais.webchat.socket;

import app.relais.webchat.ErrorCode;

/** A frame the channel refuses: the code for the client, the bundle key of the sentence for the user. */
final class FrameRejected extends RuntimeException {

    private final ErrorCode code;
    private final String messageKey;
    private final transient Object[] args;

    FrameRejected(ErrorCode code, String messageKey, Object... args) {
        super(code.wireName() + ": " + messageKey, null, false, false);
        this.code = code;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    ErrorCode code() {
        return code;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] args() {
        return args.clone();
    }
}
