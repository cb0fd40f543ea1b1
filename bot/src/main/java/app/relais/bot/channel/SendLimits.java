package app.relais.bot.channel;

import java.time.Duration;

/**
 * How fast the bot may send, as three token buckets a message must all pass: its chat, its group
 * (negative chat ids: groups, supergroups, channels) and the bot as a whole. A bucket lets
 * {@code burst} messages through at once, then one every {@code interval}: any window of length W
 * holds at most {@code burst - 1 + ceil(W / interval)} of them.
 */
public record SendLimits(Duration chatInterval, int chatBurst, Duration groupInterval, int groupBurst,
                  Duration globalInterval, int globalBurst) {

    /**
     * Telegram's published rules: about one message a second per chat (a reply of up to three
     * messages still goes out at once), at most 20 in any minute per group (3, then one every
     * 3.334 s), at most 25 in any second in all (one every 40 ms; Telegram allows about 30).
     */
    public static final SendLimits TELEGRAM = new SendLimits(Duration.ofSeconds(1), 3,
            Duration.ofMillis(3334), 3, Duration.ofMillis(40), 1);

    public SendLimits {
        if (chatBurst < 1 || groupBurst < 1 || globalBurst < 1) {
            throw new IllegalArgumentException("bursts must be at least 1");
        }
    }
}
