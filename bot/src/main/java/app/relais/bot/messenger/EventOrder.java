package app.relais.bot.messenger;

import app.relais.bot.channel.Delays;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Puts each person's events back in the order they happened. Meta may deliver two messages in
 * separate calls, the later first: a person's first event waits {@code window}, and whatever else
 * of theirs arrives meanwhile joins it; then all go to {@code release} in timestamp order. An
 * event older than one already handled (Meta retrying after minutes) is still handled, late
 * rather than never. A zero window releases at once (one webhook body is sorted anyway).
 */
final class EventOrder {

    private static final Comparator<MessengerEvent> ORDER =
            Comparator.comparingLong(MessengerEvent::timestamp).thenComparing(MessengerEvent::id);

    private final Duration window;
    private final Delays delays;
    private final BiConsumer<String, List<MessengerEvent>> release;
    private final Map<String, TreeSet<MessengerEvent>> waiting = new HashMap<>();

    EventOrder(Duration window, Delays delays, BiConsumer<String, List<MessengerEvent>> release) {
        this.window = window;
        this.delays = delays;
        this.release = release;
    }

    void add(MessengerEvent event) {
        if (window.isZero()) {
            release.accept(event.psid(), List.of(event));
            return;
        }
        boolean first;
        synchronized (this) {
            TreeSet<MessengerEvent> events = waiting.computeIfAbsent(event.psid(), p -> new TreeSet<>(ORDER));
            first = events.isEmpty();
            events.add(event);
        }
        if (first) {
            delays.schedule(window, () -> flush(event.psid()));
        }
    }

    private void flush(String psid) {
        List<MessengerEvent> events;
        synchronized (this) {
            TreeSet<MessengerEvent> held = waiting.remove(psid);
            events = held == null ? List.of() : new ArrayList<>(held);
        }
        if (!events.isEmpty()) {
            release.accept(psid, events);
        }
    }
}
