package app.relais.outage;

/**
 * Pushes the current banner to every live session at once, without reload. Implemented by the web
 * chat adapter: it sends a protocol {@code banner} frame in each session's language
 * ({@code text} null clears it) to every open WebSocket, and on {@code hello} sends
 * {@link OutageBoard#banner()} to the new session.
 */
public interface BannerPublisher {

    void publish(Banner banner);

    BannerPublisher NONE = banner -> { };
}
