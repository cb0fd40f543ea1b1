/**
 * The web chat channel: web chat protocol v1 over a WebSocket at {@code /ws/chat}
 * ({@link app.relais.webchat.socket}), signed session tokens and limits
 * ({@link app.relais.webchat.session}), uploads and downloads ({@link app.relais.webchat.files})
 * and the demo page ({@link app.relais.webchat.page}). The protocol is described in
 * {@code docs/protocol.md}. The engine sees this channel as conversations keyed
 * {@code web:<session id>}.
 */
package app.relais.webchat;
