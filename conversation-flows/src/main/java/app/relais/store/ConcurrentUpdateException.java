package app.relais.store;

/** Another writer saved the same conversation first; reload and handle the event again. */
public class ConcurrentUpdateException extends RuntimeException {

    public ConcurrentUpdateException(String message) {
        super(message);
    }
}
