package app.relais.bot.channel;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs a task later; injected so tests fire album windows by hand instead of waiting. */
@FunctionalInterface
public interface Delays {

    /** Schedules {@code task}; the returned handle cancels it. */
    Runnable schedule(Duration delay, Runnable task);

    static Delays on(ScheduledExecutorService scheduler) {
        return (delay, task) -> {
            var future = scheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        };
    }
}
