package app.relais.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An estimated response delay, in hours (a range), as the sources give it. */
public record DelayEstimate(@JsonProperty(required = true) int minHours,
                            @JsonProperty(required = true) int maxHours) {

    public DelayEstimate {
        if (minHours < 0 || maxHours < minHours) {
            throw new IllegalArgumentException("delay needs 0 <= min_hours <= max_hours");
        }
    }
}
