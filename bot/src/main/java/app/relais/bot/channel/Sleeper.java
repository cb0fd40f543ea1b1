package app.relais.bot.channel;

import java.time.Duration;

/** Waits; injected so tests of a 429 {@code retry_after} do not really wait. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
