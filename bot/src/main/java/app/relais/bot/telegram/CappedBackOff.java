package app.relais.bot.telegram;

import java.time.Duration;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * Doubles the pause after each failed {@code getUpdates}, up to a cap. The library's default
 * grows to 15-minute sleeps after long failures, so a bot would stay deaf for minutes after the
 * network came back.
 */
final class CappedBackOff implements BackOff {

    private final long initialMillis;
    private final long capMillis;
    private long next;

    CappedBackOff(Duration initial, Duration cap) {
        this.initialMillis = initial.toMillis();
        this.capMillis = cap.toMillis();
        this.next = initialMillis;
    }

    @Override
    public synchronized void reset() {
        next = initialMillis;
    }

    @Override
    public synchronized long nextBackOffMillis() {
        long current = next;
        next = Math.min(capMillis, next * 2);
        return current;
    }
}
