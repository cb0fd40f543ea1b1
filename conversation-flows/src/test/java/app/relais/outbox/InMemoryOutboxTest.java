package app.relais.outbox;

import app.relais.files.InMemoryFileStore;
import app.relais.store.CaffeineConversationStore;
import app.relais.testing.MutableClock;
import java.time.Duration;

/** The outbox contract on the in-memory outbox that engine tests use. */
class InMemoryOutboxTest extends OutboxContract {

    @Override
    protected Stores stores(MutableClock clock) {
        InMemoryFileStore files = new InMemoryFileStore(clock);
        InMemoryOutbox outbox = new InMemoryOutbox(clock, files);
        return new Stores(outbox, outbox.recording(new CaffeineConversationStore(100, Duration.ofHours(1))), files);
    }
}
