/**
 * Web chat protocol v1 on {@code /ws/chat}: frames in ({@link app.relais.webchat.socket.FrameParser}),
 * frames out ({@link app.relais.webchat.socket.FrameRenderer}), the per-connection rules
 * ({@link app.relais.webchat.socket.ChatSocketHandler}) and the outbound gateway that pushes
 * messages the bot sends on its own to a session's open sockets.
 */
package app.relais.webchat.socket;
