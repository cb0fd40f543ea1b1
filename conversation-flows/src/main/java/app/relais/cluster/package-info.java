/**
 * Signals between instances: "there is something for conversation X". The message itself lives in
 * durable storage (an outbox); the bus only says where to look, so it stays tiny and lossy-safe:
 * a missed signal is caught up when the client reconnects and drains its outbox.
 */
package app.relais.cluster;
