/**
 * The runnable application: wires the engine (plain Java, {@code conversation-flows}) to the
 * channels (web chat, Telegram), persistence and operations. Spring lives here, at the edges.
 */
package app.relais.bot;
