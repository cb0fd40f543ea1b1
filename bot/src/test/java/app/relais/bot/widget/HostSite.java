package app.relais.bot.widget;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Somebody else's website: serves the pages of {@code src/test/resources/widget/} from its own
 * origin ({@code http://127.0.0.1:<port>}, or {@code http://localhost:<port>}, a different origin)
 * with {@code {{APP}}} replaced by the chat server's address.
 */
final class HostSite implements AutoCloseable {

    private final HttpServer server;
    private volatile String app = "";

    HostSite() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String name = exchange.getRequestURI().getPath().replaceAll("[^a-z0-9.-]", "");
            try (InputStream in = HostSite.class.getResourceAsStream("/widget/" + name)) {
                if (in == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                byte[] page = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{APP}}", app)
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(page);
                }
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The allowed origin. */
    String origin() {
        return "http://127.0.0.1:" + port();
    }

    /** The same site under a name the chat server does not allow. */
    String otherOrigin() {
        return "http://localhost:" + port();
    }

    void embed(String appBase) {
        this.app = appBase;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
