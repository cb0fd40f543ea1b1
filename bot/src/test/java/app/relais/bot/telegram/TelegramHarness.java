package app.relais.bot.telegram;

import app.relais.bot.channel.SendGate;
import app.relais.conversation.ConversationEngine;
import app.relais.testing.TestRelais;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * The fake Bot API, a whole engine in memory and the real adapter (real telegrambots client, real
 * long polling) pointed at the fake, as {@code RELAIS_TELEGRAM_API_URL} would point it. The rate
 * limiter and the 429 jitter are off unless a test turns them on: journeys would otherwise wait
 * out real seconds.
 */
final class TelegramHarness implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    final FakeTelegramApi api;
    final TestRelais relais;
    final TelegramAdapter adapter;
    private final boolean ownsApi;

    TelegramHarness() throws Exception {
        this(UnaryOperator.identity(), engine -> engine);
    }

    TelegramHarness(UnaryOperator<TelegramAdapter.Builder> options, UnaryOperator<ConversationEngine> engine)
            throws Exception {
        this(new FakeTelegramApi(), true, new TestRelais(), options, engine);
    }

    /** A harness over an existing fake and engine: a restart keeps both, as Telegram and the database would. */
    TelegramHarness(FakeTelegramApi api, boolean ownsApi, TestRelais relais, UnaryOperator<TelegramAdapter.Builder> options,
                    UnaryOperator<ConversationEngine> engine) throws Exception {
        this.api = api;
        this.ownsApi = ownsApi;
        this.relais = relais;
        TelegramProperties properties = new TelegramProperties(FakeTelegramApi.TOKEN, api.url(),
                TelegramProperties.Mode.POLLING, null, null, null);
        adapter = options.apply(TelegramAdapter.builder(properties, engine.apply(relais.core().engine()),
                        relais.core().intake(), relais.core().files())
                .outbox(relais.core().outbox())
                .pollTimeoutSeconds(1)
                .sendGate(SendGate.OPEN)
                .jitter(TelegramSender.Jitter.NONE))
                .build();
        adapter.start();
    }

    TelegramChat chat(long chatId, String languageCode) {
        return new TelegramChat(this, chatId, languageCode);
    }

    /** Waits until every update pushed so far has been handled (answered, skipped or failed). */
    void awaitQuiet() throws InterruptedException {
        long pushed = api.pushedCount();
        if (!adapter.consumer().awaitHandled(pushed, PATIENCE)) {
            throw new AssertionError("only " + adapter.consumer().handled() + " of " + pushed + " updates handled");
        }
    }

    static ObjectNode fixture(String name) {
        try (InputStream in = TelegramHarness.class.getResourceAsStream("/telegram/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture telegram/" + name);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String resource) {
        try (InputStream in = TelegramHarness.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        adapter.close();
        if (ownsApi) {
            api.close();
        }
    }
}
