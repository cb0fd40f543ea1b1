package app.relais.bot.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Meta's status data, read when it looks as third parties know it, ignored (and said once) when not. */
@ExtendWith(OutputCaptureExtension.class)
class MetaStatusProbeTest {

    private HttpServer server;
    private volatile String served = "";
    private final List<String> reports = new ArrayList<>();
    private MetaStatusProbe probe;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/data/orgs.json", exchange -> {
            byte[] body = served.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/data/orgs.json");
        probe = new MetaStatusProbe(url, "messenger", HttpClient.newHttpClient(), new ObjectMapper(),
                (problem, severe) -> reports.add(problem + "/" + severe));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void noKnownIssuesIsFineAndHighDisruptionsIsASevereProblem() {
        served = orgs("No known issues", "Resolved");
        probe.check();
        served = orgs("No known issues", "Medium disruptions");
        probe.check();
        served = orgs("High disruptions", "No known issues");
        probe.check();

        assertThat(reports).containsExactly("false/false", "true/false", "true/true");
    }

    @Test
    void dataOfAnotherShapeChangesNothingAndIsLoggedOnce(CapturedOutput output) {
        for (String shape : List.of("{\"orgs\":[]}", "[{\"id\":\"whatsapp-business-api\",\"services\":[]}]",
                "[{\"id\":\"messenger\",\"services\":[{\"name\":\"Send API\"}]}]", "<html>maintenance</html>")) {
            served = shape;
            probe.check();
        }
        assertThat(reports).isEmpty();
        assertThat(output.getOut().lines().filter(l -> l.contains("Meta's status data")).count()).isEqualTo(1);

        served = orgs("No known issues");
        probe.check();
        assertThat(reports).containsExactly("false/false");
    }

    private static String orgs(String... statuses) {
        StringBuilder services = new StringBuilder();
        for (int i = 0; i < statuses.length; i++) {
            services.append(i == 0 ? "" : ",").append("{\"id\":").append(i + 1).append(",\"name\":\"Service ")
                    .append(i + 1).append("\",\"status\":\"").append(statuses[i]).append("\"}");
        }
        return "[{\"id\":\"whatsapp-business-api\",\"services\":[{\"id\":9,\"status\":\"High disruptions\"}]},"
                + "{\"id\":\"messenger\",\"name\":\"Messenger Platform\",\"services\":[" + services + "]}]";
    }
}
