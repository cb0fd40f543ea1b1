package app.relais.outage;

import app.relais.catalog.LocalizedText;
import java.time.Instant;

/**
 * One message the admin published about an incident. {@code expectedResolution} is null unless
 * the admin gave one: Relais never promises a time by itself.
 */
public record IncidentUpdate(Instant at, ServiceStatus status, LocalizedText message, Instant expectedResolution) {
}
