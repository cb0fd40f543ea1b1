package app.relais.handoff;

import java.time.Instant;

/**
 * A message waiting for a customer who was offline. {@code agentName} is the agent who wrote it
 * (render as a web chat {@code agent} frame), or null for a message of the bot itself (a
 * {@code bot} frame), such as "the agent closed your request".
 */
public record OutboxMessage(String agentName, String text, Instant at) {
}
