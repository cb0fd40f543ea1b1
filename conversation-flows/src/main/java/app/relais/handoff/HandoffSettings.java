package app.relais.handoff;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a customer waits before being told no agent has answered yet ({@code agentWait}),
 * the reply delay announced then ({@code expectedReply}), and how many misunderstandings in a row
 * offer a human ({@code fallbacks}). The address offered then is the business profile's, if any.
 */
public record HandoffSettings(Duration agentWait, Duration expectedReply, int fallbacks) {

    public HandoffSettings {
        Objects.requireNonNull(agentWait);
        Objects.requireNonNull(expectedReply);
        if (fallbacks < 1) {
            throw new IllegalArgumentException("fallbacks must be at least 1");
        }
    }

    public static HandoffSettings defaults() {
        return new HandoffSettings(Duration.ofMinutes(10), Duration.ofHours(4), 3);
    }
}
