package app.relais.bot.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may do what on the desk and the admin API, on the whole application over HTTP: nothing
 * without a session or a token; CSRF on every form and every change made with a session; accounts
 * for administrators only; a disabled agent's session ends at once; sign-in throttled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "relais.admin.user=" + DeskTeam.ADMIN, "relais.admin.password=" + DeskTeam.ADMIN_PASSWORD,
        "relais.admin.token=desk-security-automation-token",
        "spring.datasource.url=jdbc:h2:mem:desk-security;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "relais.data-dir=target/desk-security-test"})
class DeskSecurityTest {

    /** Open to everyone on purpose: the sign-in page, the one-time link's page, the pages' style and scripts. */
    private static final Set<String> PUBLIC = Set.of("/admin/login", "/admin/welcome");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcTemplate jdbc;

    private URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    @Test
    void everyAdminRouteAndPageWithoutASessionOrATokenIsRefusedOrSentToSignIn() throws Exception {
        DeskClient stranger = new DeskClient(base());
        List<String> checked = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, ?> mapping : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : mapping.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/admin") && !pattern.startsWith("/admin") || PUBLIC.contains(pattern)) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", "T-ABC234");
                Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    HttpResponse<String> answer = stranger.callWithoutCsrf(method.name(), path, "{}");
                    checked.add(method + " " + path + " -> " + answer.statusCode());
                    if (path.startsWith("/api/")) {
                        assertThat(answer.statusCode()).as(method + " " + path).isEqualTo(401);
                        assertThat(answer.body()).doesNotContain("T-ABC234");
                    } else if (method == RequestMethod.GET) {
                        assertThat(answer.statusCode()).as(method + " " + path).isEqualTo(302);
                        assertThat(answer.headers().firstValue("Location").orElse("")).endsWith("/admin/login");
                    } else {
                        assertThat(answer.statusCode()).as(method + " " + path).isIn(302, 403);
                    }
                }
            }
        }
        for (Resource page : new PathMatchingResourcePatternResolver().getResources("classpath:static/admin/*.html")) {
            HttpResponse<String> answer = stranger.get("/admin/" + page.getFilename());
            checked.add("GET /admin/" + page.getFilename() + " -> " + answer.statusCode());
            assertThat(answer.statusCode()).as(page.getFilename()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElse("")).endsWith("/admin/login");
        }
        assertThat(checked).as("routes checked").hasSizeGreaterThan(30)
                .anyMatch(c -> c.startsWith("POST /api/admin/accounts"))
                .anyMatch(c -> c.startsWith("GET /admin/index.html"));
        HttpResponse<String> wrongToken = send("GET", "/api/admin/tickets", "Bearer not-a-token");
        assertThat(wrongToken.statusCode()).isEqualTo(401);
        assertThat(stranger.get("/admin/").headers().firstValue("Location").orElse("")).endsWith("/admin/login");
        assertThat(stranger.get("/admin/login").body()).contains("name=\"_csrf\"").contains("Identifiant");
    }

    @Test
    void csrfIsRequiredOnTheSignInFormAndOnEveryChangeMadeWithASession() {
        DeskClient forged = new DeskClient(base());
        HttpResponse<String> noCsrf = forged.form("/admin/login", Map.of("username", DeskTeam.ADMIN,
                "password", DeskTeam.ADMIN_PASSWORD));
        assertThat(noCsrf.headers().firstValue("Location").orElse("")).endsWith("/admin/login?expired");
        assertThat(forged.get("/api/admin/accounts").statusCode()).as("not signed in").isEqualTo(401);

        DeskTeam team = new DeskTeam(base());
        HttpResponse<String> forgedChange = team.admin().callWithoutCsrf("POST", "/api/admin/canned-answers",
                "{\"title\":\"Piège\",\"fr\":\"Cliquez ici\"}");
        assertThat(forgedChange.statusCode()).isEqualTo(403);
        assertThat(forgedChange.body()).contains("csrf");
        assertThat(team.admin().call("POST", "/api/admin/canned-answers",
                "{\"title\":\"Bonjour\",\"fr\":\"Bonjour {customer}, je m’appelle {agent}.\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> signOutWithoutCsrf = team.admin().form("/admin/logout", Map.of());
        assertThat(signOutWithoutCsrf.headers().firstValue("Location").orElse("")).endsWith("/admin/login?expired");
        assertThat(team.admin().get("/api/admin/me").statusCode()).as("still signed in").isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from canned_answers where title = 'Piège'", Integer.class)).isZero();
    }

    @Test
    void anAgentCannotManageAccountsTokensOrReadTheAuditLogAndATokenCannotEither() {
        DeskTeam team = new DeskTeam(base());
        DeskClient agent = team.member("bruno", "Bruno", "AGENT", "bruno-password-1");

        assertThat(agent.get("/api/admin/accounts").statusCode()).isEqualTo(403);
        assertThat(agent.call("POST", "/api/admin/accounts",
                "{\"username\":\"mallory\",\"displayName\":\"M\",\"role\":\"ADMIN\"}").statusCode()).isEqualTo(403);
        assertThat(agent.call("POST", "/api/admin/accounts/" + team.idOf(DeskTeam.ADMIN) + "/disable", null).statusCode())
                .isEqualTo(403);
        assertThat(agent.get("/api/admin/tokens").statusCode()).isEqualTo(403);
        assertThat(agent.get("/api/admin/audit").statusCode()).isEqualTo(403);
        HttpResponse<String> teamPage = agent.get("/admin/team.html");
        assertThat(teamPage.statusCode()).isEqualTo(403);
        assertThat(teamPage.body()).contains("Réservé aux administrateurs");
        assertThat(agent.get("/admin/").statusCode()).isEqualTo(200);

        assertThat(send("GET", "/api/admin/accounts", "Bearer desk-security-automation-token").statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/admin/tickets", "Bearer desk-security-automation-token").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from accounts where username = 'mallory'", Integer.class)).isZero();

        JsonNode audit = DeskClient.json(team.admin().get("/api/admin/audit"));
        assertThat(audit.findValuesAsText("request")).contains("POST /api/admin/accounts");
        JsonNode refused = null;
        for (JsonNode entry : audit) {
            if ("POST /api/admin/accounts".equals(entry.path("request").asText()) && entry.path("outcome").asInt() == 403) {
                refused = entry;
            }
        }
        assertThat(refused).as("the refused attempt is in the audit log").isNotNull();
        assertThat(refused.path("actor").path("id").asText()).isEqualTo("bruno");
    }

    @Test
    void anAgentReadsTheReportsAndTheFaqButOnlyAdministratorsAndTokensEditTheProfileAndTheFaq() {
        DeskTeam team = new DeskTeam(base());
        DeskClient agent = team.member("edith", "Édith", "AGENT", "edith-password-1");
        String profile = "{\"name\":\"Boutique Dora\",\"languages\":[\"fr\"]}";
        String entry = "{\"shortCode\":\"piege\",\"active\":\"always\",\"question\":{\"fr\":\"Piège ?\",\"en\":\"Trap?\"},"
                + "\"answer\":{\"fr\":\"Cliquez ici\",\"en\":\"Click here\"}}";

        assertThat(agent.get("/api/admin/reports").statusCode()).isEqualTo(200);
        assertThat(agent.get("/admin/reports.html").statusCode()).isEqualTo(200);
        assertThat(agent.get("/api/admin/faq").statusCode()).isEqualTo(200);
        assertThat(agent.get("/api/admin/profile").statusCode()).isEqualTo(200);
        assertThat(agent.call("PUT", "/api/admin/profile", profile).statusCode()).isEqualTo(403);
        assertThat(agent.call("PUT", "/api/admin/faq/trap", entry).statusCode()).isEqualTo(403);
        assertThat(agent.call("POST", "/api/admin/faq/order-status/move", "{\"by\":1}").statusCode()).isEqualTo(403);
        assertThat(agent.call("DELETE", "/api/admin/faq/order-status", null).statusCode()).isEqualTo(403);
        assertThat(agent.get("/admin/profile.html").statusCode()).isEqualTo(403);
        assertThat(agent.get("/admin/faq.html").statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from faq_entries where id = 'trap'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from faq_entries where id = 'order-status'", Integer.class)).isOne();

        assertThat(team.admin().get("/admin/profile.html").statusCode()).isEqualTo(200);
        assertThat(team.admin().get("/admin/faq.html").statusCode()).isEqualTo(200);
        HttpResponse<String> byToken = sendJson("PUT", "/api/admin/profile", "Bearer desk-security-automation-token", profile);
        assertThat(byToken.statusCode()).as(byToken.body()).isEqualTo(200);
        assertThat(DeskClient.json(byToken).path("updatedBy").asText()).isEqualTo("RELAIS_ADMIN_TOKEN");
        assertThat(team.admin().call("PUT", "/api/admin/profile", "{\"languages\":[\"fr\",\"en\"]}").statusCode()).isEqualTo(200);
        JsonNode audit = DeskClient.json(team.admin().get("/api/admin/audit"));
        assertThat(audit.findValuesAsText("action")).contains("profile.update");
        assertThat(audit.findValuesAsText("request")).contains("PUT /api/admin/faq/trap");
    }

    @Test
    void aDisabledAgentsSessionStopsWorkingAtOnceAndTheyCannotSignInAgain() {
        DeskTeam team = new DeskTeam(base());
        DeskClient agent = team.member("carla", "Carla", "AGENT", "carla-password-1");
        assertThat(agent.get("/api/admin/desk/conversations").statusCode()).isEqualTo(200);

        HttpResponse<String> disabled = team.admin().call("POST", "/api/admin/accounts/" + team.idOf("carla") + "/disable", null);
        assertThat(disabled.statusCode()).isEqualTo(200);

        assertThat(agent.get("/api/admin/desk/conversations").statusCode()).isEqualTo(401);
        assertThat(agent.get("/admin/").headers().firstValue("Location").orElse("")).endsWith("/admin/login");
        assertThat(new DeskClient(base()).signIn("carla", "carla-password-1")).endsWith("/admin/login?error");
        assertThat(team.admin().call("POST", "/api/admin/accounts/" + team.idOf(DeskTeam.ADMIN) + "/disable", null)
                .body()).contains("self");
    }

    @Test
    void signInIsThrottledAfterFiveFailuresForAnAccountFromOneAddressEvenWithTheRightPassword() {
        DeskTeam team = new DeskTeam(base());
        team.member("dora", "Dora", "AGENT", "dora-password-1");
        for (int i = 0; i < 5; i++) {
            assertThat(new DeskClient(base()).signIn("dora", "guess-" + i)).endsWith("/admin/login?error");
        }
        DeskClient dora = new DeskClient(base());
        assertThat(dora.signIn("dora", "dora-password-1")).endsWith("/admin/login?throttled");
        assertThat(dora.get("/admin/login?throttled").body()).contains("Trop d’essais infructueux");
        assertThat(dora.get("/api/admin/me").statusCode()).isEqualTo(401);
        assertThat(new DeskClient(base()).signIn(DeskTeam.ADMIN, DeskTeam.ADMIN_PASSWORD))
                .as("other accounts from the same address still sign in").endsWith("/admin/");
        assertThat(DeskClient.json(team.admin().get("/api/admin/audit")).findValuesAsText("action")).contains("auth.throttled");
    }

    @Test
    void automationTokensAreNamedHashedAtRestAndRevocable() {
        DeskTeam team = new DeskTeam(base());
        HttpResponse<String> made = team.admin().call("POST", "/api/admin/tokens", "{\"name\":\"CRM\"}");
        assertThat(made.statusCode()).isEqualTo(200);
        String secret = DeskClient.json(made).path("secret").asText();
        long id = DeskClient.json(made).path("token").path("id").asLong();
        assertThat(secret).startsWith("rls_").hasSizeGreaterThan(40);
        assertThat(send("GET", "/api/admin/tickets", "Bearer " + secret).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForList("select token_hash from api_tokens", String.class))
                .doesNotContain(secret, "desk-security-automation-token").allMatch(h -> h.matches("[0-9a-f]{64}"));
        assertThat(DeskClient.json(team.admin().get("/api/admin/tokens")).findValuesAsText("name"))
                .contains("CRM", "RELAIS_ADMIN_TOKEN");

        assertThat(team.admin().call("DELETE", "/api/admin/tokens/" + id, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/admin/tickets", "Bearer " + secret).statusCode()).isEqualTo(401);
        assertThat(jdbc.queryForList("select password_hash from accounts", String.class))
                .allMatch(h -> h == null || h.startsWith("{bcrypt}$2"));
    }

    private HttpResponse<String> send(String method, String path, String authorization) {
        return sendJson(method, path, authorization, null);
    }

    private HttpResponse<String> sendJson(String method, String path, String authorization, String body) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(base().resolve(path))
                    .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                            : java.net.http.HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", "application/json")
                    .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
