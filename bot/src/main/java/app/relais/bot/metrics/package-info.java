/**
 * Operations metrics (Micrometer, scraped at {@code /actuator/prometheus}) measured around the
 * engine, so every channel is counted the same way without the adapters knowing: messages in and
 * out per channel, reply latency, active conversations, drafts delivered and hand-offs opened.
 * Meters carry the channel name only, never a conversation id or a message text.
 */
package app.relais.bot.metrics;
