package app.relais.bot.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new installation without RELAIS_ADMIN_USER: the log gives a setup link, once; it creates the
 * first administrator, who signs in; it works only once.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:desk-first-admin;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "relais.data-dir=target/desk-first-admin-test"})
class FirstAdministratorTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:(\\d+)(/admin/welcome\\?token=[A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;

    @Test
    void withoutAnAccountTheLogGivesASetupLinkOnceWhichCreatesTheFirstAdministrator(CapturedOutput output) {
        Matcher link = LINK.matcher(output.getAll());
        assertThat(link.find()).as(output.getAll()).isTrue();
        assertThat(link.group(1)).isEqualTo(Integer.toString(port));
        assertThat(link.find()).as("logged once").isFalse();
        link.reset().find();
        URI base = URI.create("http://127.0.0.1:" + port);

        DeskClient browser = new DeskClient(base);
        HttpResponse<String> page = browser.get(link.group(2));
        assertThat(page.body()).contains("Premier administrateur").contains("name=\"username\"");
        String token = link.group(2).substring(link.group(2).indexOf('=') + 1);
        HttpResponse<String> tooShort = browser.form("/admin/welcome", Map.of("token", token, "username", "zoe",
                "displayName", "Zoé", "password", "court", "confirm", "court", "_csrf", DeskClient.csrfOf(page.body())));
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("Mot de passe trop court");
        String password = "zoe-first-passphrase";
        HttpResponse<String> done = browser.form("/admin/welcome", Map.of("token", token, "username", "Zoe",
                "displayName", "Zoé", "password", password, "confirm", password, "_csrf", DeskClient.csrfOf(tooShort.body())));
        assertThat(done.headers().firstValue("Location").orElse("")).contains("/admin/login?welcome");

        DeskClient zoe = new DeskClient(base);
        assertThat(zoe.signIn("zoe", password)).endsWith("/admin/");
        assertThat(zoe.me().path("role").asText()).isEqualTo("ADMIN");
        assertThat(zoe.me().path("displayName").asText()).isEqualTo("Zoé");
        assertThat(new DeskClient(base).get(link.group(2)).body()).contains("Lien expiré");
        assertThat(output.getAll()).doesNotContain(password);
    }
}
