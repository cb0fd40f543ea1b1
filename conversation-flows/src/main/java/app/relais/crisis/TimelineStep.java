package app.relais.crisis;

import java.time.Duration;
import java.util.Locale;

/** The action timeline of the outage playbook, counted from the moment the outage is confirmed. */
public enum TimelineStep {
    CONFIRM(Duration.ZERO),
    SOCIAL_POST(Duration.ofMinutes(30)),
    EMAIL_REDIRECT(Duration.ofHours(1)),
    FAQ_PAGE(Duration.ofHours(2));

    private final Duration offset;

    TimelineStep(Duration offset) {
        this.offset = offset;
    }

    public Duration offset() {
        return offset;
    }

    String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static java.util.Optional<TimelineStep> byKey(String key) {
        return java.util.Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
    }
}
