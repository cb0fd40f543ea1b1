package app.relais.bot.ops;

import app.relais.webchat.testing.ChatClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The settings both operations tests start the whole application with (one shared Spring
 * context): JSON logs, debug logs of our own code, readiness components shown.
 */
final class OpsApp {

    static final String SECRET = "relais.session-secret=ops-test-secret-ops-test-secret-0123456";
    static final String DATA = "relais.data-dir=target/ops-test-data";
    static final String JSON_LOGS = "relais.log-format=json";
    static final String DEBUG = "logging.level.app.relais=debug";
    static final String COMPONENTS = "management.endpoint.health.group.readiness.show-components=always";

    private OpsApp() {
    }

    static URI base(int port) {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** The hacked Facebook account journey up to the third evidence question, as WebChatJourneyTest walks it. */
    static ChatClient walkToTheEvidence(ChatClient chat) {
        return chat.hello().expect("Relais")
                .say("mon compte Facebook a été piraté").expect("Compte Facebook piraté")
                .tap("Oui, c’est ça").expect("facebook.com/hacked")
                .tap("Préparer ma demande").expect("(1/5)")
                .say("https://www.facebook.com/jeanne.martin").expect("(2/5)")
                .say("jeanne.martin@example.fr").expect("(3/5)");
    }

    static HttpResponse<String> get(int port, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base(port).resolve(path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static byte[] fixture(String name) {
        try (InputStream in = OpsApp.class.getResourceAsStream("/fixtures/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
