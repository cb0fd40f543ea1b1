package app.relais.bot.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Everything secret that goes through the application (the first administrator's password and
 * the configured token at start, passwords typed right and wrong, a new token, an invitation link
 * and the password chosen through it, a changed password) stays out of the log, from the start.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "relais.admin.user=" + DeskTeam.ADMIN, "relais.admin.password=" + NoSecretInTheLogsTest.ADMIN_PASSWORD,
        "relais.admin.token=" + NoSecretInTheLogsTest.CONFIGURED_TOKEN,
        // As in production (the test classpath turns logging down to warnings), Relais' own debug included.
        "logging.level.root=info", "logging.level.app.relais=debug",
        "spring.datasource.url=jdbc:h2:mem:desk-secrets;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "relais.data-dir=target/desk-secrets-test"})
class NoSecretInTheLogsTest {

    static final String ADMIN_PASSWORD = "first-Admin-passphrase-4821";
    static final String CONFIGURED_TOKEN = "configured-Automation-token-9163";

    @LocalServerPort
    int port;

    @Test
    void noPasswordTokenOrLinkEverReachesTheLog(CapturedOutput output) {
        URI base = URI.create("http://127.0.0.1:" + port);
        String wrong = "wrong-Guess-passphrase-3317";
        assertThat(new DeskClient(base).signIn(DeskTeam.ADMIN, wrong)).endsWith("?error");
        DeskClient admin = new DeskClient(base);
        assertThat(admin.signIn(DeskTeam.ADMIN, ADMIN_PASSWORD)).endsWith("/admin/");

        String token = DeskClient.json(admin.call("POST", "/api/admin/tokens", "{\"name\":\"CRM\"}")).path("secret").asText();
        HttpResponse<String> invited = admin.call("POST", "/api/admin/accounts",
                "{\"username\":\"eve\",\"displayName\":\"Ève\",\"role\":\"AGENT\",\"language\":\"fr\"}");
        String link = DeskClient.json(invited).path("link").asText();
        String linkSecret = link.substring(link.indexOf("token=") + "token=".length());
        String chosen = "chosen-Agent-passphrase-5590";
        DeskTeam.follow(base, link, chosen);
        DeskClient eve = new DeskClient(base);
        assertThat(eve.signIn("eve", chosen)).endsWith("/admin/");
        String changed = "changed-Agent-passphrase-7702";
        assertThat(eve.call("POST", "/api/admin/me/password", "{\"current\":\"" + chosen + "\",\"password\":\"" + changed + "\"}")
                .statusCode()).isEqualTo(204);

        assertThat(output.getAll()).contains("First administrator 'ada' created")
                .doesNotContain(ADMIN_PASSWORD, CONFIGURED_TOKEN, wrong, token, linkSecret, chosen, changed)
                .doesNotContain("Using generated security password");
    }
}
