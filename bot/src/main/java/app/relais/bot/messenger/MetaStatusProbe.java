package app.relais.bot.messenger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads Meta's public status data (off unless {@code RELAIS_MESSENGER_STATUS_URL} is set, e.g.
 * {@code https://metastatus.com/data/orgs.json}) and tells the outage monitor whether Meta reports
 * a problem on Messenger. The format is not documented: an array of organisations, each with an
 * {@code id} and {@code services}, each with a {@code status} such as "No known issues" or "High
 * disruptions", as third-party dashboards read it. Anything else (another shape, an unknown
 * organisation, no answer) changes nothing, is logged once, and logged again only after the probe
 * worked in between.
 */
final class MetaStatusProbe {

    /** What the monitor is told: whether Meta reports a problem, and whether a severe one. */
    interface Listener {
        void platformReports(boolean problem, boolean severe);
    }

    private static final Logger log = LoggerFactory.getLogger(MetaStatusProbe.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI url;
    private final String org;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Listener listener;
    private boolean failureLogged;

    MetaStatusProbe(URI url, String org, HttpClient http, ObjectMapper json, Listener listener) {
        this.url = url;
        this.org = org;
        this.http = http;
        this.json = json;
        this.listener = listener;
    }

    /** One reading; never throws. */
    void check() {
        JsonNode services;
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                failed("HTTP " + response.statusCode());
                return;
            }
            services = services(json.readTree(response.body()));
        } catch (IOException e) {
            failed(e.getClass().getSimpleName());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (services == null) {
            failed("no organisation \"" + org + "\" with services in the data");
            return;
        }
        boolean problem = false;
        boolean severe = false;
        for (JsonNode service : services) {
            String status = service.path("status").asText("").toLowerCase(Locale.ROOT);
            if (status.isBlank()) {
                failed("a service without a status");
                return;
            }
            if (!status.contains("no known issues") && !status.contains("resolved")) {
                problem = true;
                severe |= status.contains("high") || status.contains("major") || status.contains("outage");
            }
        }
        failureLogged = false;
        listener.platformReports(problem, severe);
    }

    private JsonNode services(JsonNode root) {
        if (root == null || !root.isArray()) {
            return null;
        }
        for (JsonNode organisation : root) {
            if (org.equals(organisation.path("id").asText()) && organisation.path("services").isArray()
                    && !organisation.path("services").isEmpty()) {
                return organisation.path("services");
            }
        }
        return null;
    }

    private void failed(String why) {
        if (!failureLogged) {
            failureLogged = true;
            log.warn("Meta's status data at {} could not be read ({}); the probe changes nothing until it can", url, why);
        }
    }
}
