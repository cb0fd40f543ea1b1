package app.relais.outage;

import java.time.Instant;

/**
 * One channel as the status page shows it: its status, since when it has been in it, the last
 * update, and the open incident if any. {@code since} is null for a channel that never had one.
 */
public record ChannelState(BusinessChannel channel, ServiceStatus status, Instant since, Instant lastUpdate,
                           Incident incident) {
}
