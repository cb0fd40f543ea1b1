package app.relais.bot.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

/** A team on a running application: the administrator signs in, invites colleagues, who follow their link. */
public final class DeskTeam {

    public static final String ADMIN = "ada";
    public static final String ADMIN_PASSWORD = "correct horse battery staple";

    private final URI base;
    private final DeskClient admin;

    public DeskTeam(URI base) {
        this.base = base;
        this.admin = new DeskClient(base);
        assertThat(admin.signIn(ADMIN, ADMIN_PASSWORD)).endsWith("/admin/");
    }

    public DeskClient admin() {
        return admin;
    }

    /** Invites {@code username} (created once; the same client signs in again later), follows the link, signs in. */
    public DeskClient member(String username, String displayName, String role, String password) {
        HttpResponse<String> invited = admin.call("POST", "/api/admin/accounts", "{\"username\":\"" + username
                + "\",\"displayName\":\"" + displayName + "\",\"role\":\"" + role + "\",\"language\":\"fr\"}");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(200);
        String link = DeskClient.json(invited).path("link").asText();
        follow(link, password);
        DeskClient member = new DeskClient(base);
        assertThat(member.signIn(username, password)).endsWith("/admin/");
        return member;
    }

    /** Opens a one-time link and chooses {@code password} there. */
    public HttpResponse<String> follow(String link, String password) {
        return follow(base, link, password);
    }

    public static HttpResponse<String> follow(URI base, String link, String password) {
        DeskClient browser = new DeskClient(base);
        String path = URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery();
        HttpResponse<String> page = browser.get(path);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        String token = URI.create(link).getQuery().substring("token=".length());
        return browser.form("/admin/welcome", Map.of("token", token, "password", password, "confirm", password,
                "_csrf", DeskClient.csrfOf(page.body())));
    }

    public long idOf(String username) {
        for (JsonNode account : DeskClient.json(admin.get("/api/admin/accounts"))) {
            if (account.path("username").asText().equals(username)) {
                return account.path("id").asLong();
            }
        }
        throw new AssertionError("no account " + username);
    }
}
