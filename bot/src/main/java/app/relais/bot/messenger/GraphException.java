package app.relais.bot.messenger;

/** A Send API call that did not go through; {@link #failure()} says what to do about it. */
final class GraphException extends Exception {

    private final SendFailure failure;

    GraphException(SendFailure failure) {
        super(failure.summary());
        this.failure = failure;
    }

    GraphException(SendFailure failure, Throwable cause) {
        super(failure.summary(), cause);
        this.failure = failure;
    }

    SendFailure failure() {
        return failure;
    }
}
