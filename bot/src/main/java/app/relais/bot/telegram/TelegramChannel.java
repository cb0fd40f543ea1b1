package app.relais.bot.telegram;

import java.util.Optional;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The Telegram channel as the application holds it: on, with its adapter, or off because no token
 * is set. One bean either way, decided when the application starts rather than by a bean
 * condition, because the build's ahead-of-time processing fixes bean conditions at build time,
 * when no token is ever set (docs/performance.md, "Start-up").
 */
public final class TelegramChannel implements AutoCloseable {

    private final TelegramAdapter adapter;
    private final boolean webhook;

    private TelegramChannel(TelegramAdapter adapter, boolean webhook) {
        this.adapter = adapter;
        this.webhook = webhook;
    }

    static TelegramChannel off() {
        return new TelegramChannel(null, false);
    }

    static TelegramChannel on(TelegramAdapter adapter, TelegramProperties.Mode mode) {
        return new TelegramChannel(adapter, mode == TelegramProperties.Mode.WEBHOOK);
    }

    public Optional<TelegramAdapter> adapter() {
        return Optional.ofNullable(adapter);
    }

    /** The adapter when updates come by webhook: the only case {@link TelegramWebhookController} takes them. */
    Optional<TelegramAdapter> webhookAdapter() {
        return webhook ? adapter() : Optional.empty();
    }

    void start() throws TelegramApiException {
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
