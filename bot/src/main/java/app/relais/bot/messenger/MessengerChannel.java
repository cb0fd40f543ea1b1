package app.relais.bot.messenger;

import java.util.Optional;

/**
 * The Messenger channel as the application holds it: on, with its adapter, or off because no page
 * token is set. One bean either way, decided when the application starts rather than by a bean
 * condition, which the build's ahead-of-time processing would fix at build time (like
 * {@code TelegramChannel}).
 */
public final class MessengerChannel implements AutoCloseable {

    private final MessengerAdapter adapter;

    private MessengerChannel(MessengerAdapter adapter) {
        this.adapter = adapter;
    }

    static MessengerChannel off() {
        return new MessengerChannel(null);
    }

    static MessengerChannel on(MessengerAdapter adapter) {
        return new MessengerChannel(adapter);
    }

    public Optional<MessengerAdapter> adapter() {
        return Optional.ofNullable(adapter);
    }

    void start() {
        if (adapter != null) {
            adapter.start();
        }
    }

    @Override
    public void close() {
        if (adapter != null) {
            adapter.close();
        }
    }
}
