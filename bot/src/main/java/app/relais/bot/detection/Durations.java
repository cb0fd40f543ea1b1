package app.relais.bot.detection;

import java.time.Duration;

/** A setting's duration as the team reads it: "2 min", "90 s", "1 h 30 min". */
final class Durations {

    private Durations() {
    }

    static String french(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 60 || seconds % 60 != 0) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min";
        }
        long rest = minutes % 60;
        return minutes / 60 + " h" + (rest == 0 ? "" : " " + rest + " min");
    }
}
