package app.relais.bot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Two instances on one PostgreSQL hear each other's signals through LISTEN/NOTIFY. */
class PostgresClusterBusTest {

    @Test
    void aSignalPublishedByOneInstanceReachesTheOther() throws Exception {
        DataSource shared = Databases.postgres();
        try (var first = new PostgresClusterBus(shared); var second = new PostgresClusterBus(shared)) {
            BlockingQueue<String> heard = new LinkedBlockingQueue<>();
            second.subscribe("outbox", heard::add);
            second.subscribe("other", s -> heard.add("wrong topic: " + s));
            // The listener connection needs a moment to LISTEN; publish until heard, bounded.
            String got = null;
            for (int attempt = 0; attempt < 50 && got == null; attempt++) {
                first.publish("outbox", "web:session-1");
                got = heard.poll(200, TimeUnit.MILLISECONDS);
            }
            assertThat(got).isEqualTo("web:session-1");
        }
    }
}
