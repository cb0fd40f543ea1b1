package app.relais.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CappedBackOffTest {

    @Test
    void aLongOutageNeverMeansMoreThanThirtySecondsOfDeafness() {
        CappedBackOff backOff = new CappedBackOff(Duration.ofMillis(500), LongPollingTransport.MAX_BACKOFF);
        long[] waits = LongStream.range(0, 50).map(i -> backOff.nextBackOffMillis()).toArray();
        assertThat(waits[0]).isEqualTo(500);
        assertThat(waits[1]).isEqualTo(1000);
        assertThat(LongStream.of(waits).max().orElseThrow()).isEqualTo(30_000);
        assertThat(waits[49]).isEqualTo(30_000);

        backOff.reset();
        assertThat(backOff.nextBackOffMillis()).isEqualTo(500);
    }
}
