package app.relais.bot.messenger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Meta's side of the webhook over real HTTP: signed POSTs and the verification GET, to a running application. */
public final class WebhookOverHttp implements MessengerPerson.Line {

    private final URI webhook;
    private final FakeGraphApi graph;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public WebhookOverHttp(URI base, FakeGraphApi graph) {
        this.webhook = base.resolve(MessengerWebhookController.PATH);
        this.graph = graph;
    }

    @Override
    public FakeGraphApi graph() {
        return graph;
    }

    /** Posts a body signed with the app secret; fails unless Relais answers 200. */
    @Override
    public void post(byte[] body) throws InterruptedException {
        int status = post(body, Webhooks.signature(body));
        if (status != 200) {
            throw new AssertionError("the webhook answered " + status);
        }
    }

    /** Posts a body with the given {@code X-Hub-Signature-256} (null: none); returns the status. */
    public int post(byte[] body, String signature) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(webhook).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header(WebhookSignature.HEADER, signature);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            throw new AssertionError("the webhook could not be reached: " + e, e);
        }
    }

    /** Meta's verification request; returns the status and the body. */
    public HttpResponse<String> verify(String mode, String token, String challenge) throws InterruptedException {
        URI uri = URI.create(webhook + "?hub.mode=" + mode + "&hub.verify_token=" + token + "&hub.challenge=" + challenge);
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new AssertionError("the webhook could not be reached: " + e, e);
        }
    }

    @Override
    public long now() {
        return System.currentTimeMillis();
    }

    public MessengerPerson person(String psid) {
        return new MessengerPerson(this, psid);
    }
}
