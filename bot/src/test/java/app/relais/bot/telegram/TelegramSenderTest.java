package app.relais.bot.telegram;

import app.relais.bot.channel.SendGate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/** What a send does when the Bot API cannot be reached at all. */
class TelegramSenderTest {

    @Test
    void aNetworkFailureIsRetriedWithADoublingBackOffThenReportedAndCounted() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        OkHttpClient http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(2)).build();
        OkHttpTelegramClient client = new OkHttpTelegramClient(http, FakeTelegramApi.TOKEN,
                LongPollingTransport.telegramUrl(URI.create("http://127.0.0.1:" + closedPort)));
        List<Duration> waits = new CopyOnWriteArrayList<>();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        TelegramSender sender = new TelegramSender(client, SendGate.OPEN, waits::add, TelegramSender.Jitter.NONE, 5,
                new TelegramMetrics(meters));

        assertThatThrownBy(() -> sender.send(new Outgoing.Text(42, "Bonjour", null)))
                .isInstanceOf(TelegramApiException.class);
        assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(4));
        assertThat(meters.get("relais.telegram.send.retries").tag("reason", "network").counter().count()).isEqualTo(4);
        assertThat(meters.get("relais.messages.out").counter().count()).isZero();
        http.dispatcher().executorService().shutdown();
    }

    @Test
    void theBackOffStopsGrowingAtItsCap() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        OkHttpClient http = new OkHttpClient();
        OkHttpTelegramClient client = new OkHttpTelegramClient(http, FakeTelegramApi.TOKEN,
                LongPollingTransport.telegramUrl(URI.create("http://127.0.0.1:" + closedPort)));
        List<Duration> waits = new CopyOnWriteArrayList<>();
        TelegramSender sender = new TelegramSender(client, SendGate.OPEN, waits::add, TelegramSender.Jitter.NONE, 9,
                new TelegramMetrics(new SimpleMeterRegistry()));

        assertThatThrownBy(() -> sender.send(new Outgoing.Text(42, "Bonjour", null)))
                .isInstanceOf(TelegramApiException.class);
        assertThat(waits).endsWith(Duration.ofSeconds(16), Duration.ofSeconds(30), Duration.ofSeconds(30));
        http.dispatcher().executorService().shutdown();
    }
}
