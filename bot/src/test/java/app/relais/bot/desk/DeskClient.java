package app.relais.bot.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser without the browser: a cookie jar and plain HTTP, as the desk's pages
 * talk to the application. Signs in through the sign-in form (its CSRF field included), then
 * calls the admin API with the session cookie and the CSRF header the pages send.
 */
public final class DeskClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http;
    private String csrfHeader;
    private String csrfToken;

    public DeskClient(URI base) {
        this(base, HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build());
    }

    private DeskClient(URI base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    /** The same browser (cookies, CSRF token) talking to another instance of the application. */
    public DeskClient at(URI other) {
        DeskClient same = new DeskClient(other, http);
        same.csrfHeader = csrfHeader;
        same.csrfToken = csrfToken;
        return same;
    }

    /** Signs in with the form; returns where the application sent the browser next. */
    public String signIn(String username, String password) {
        String page = get("/admin/login").body();
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new AssertionError("no CSRF field on the sign-in page:\n" + page);
        }
        HttpResponse<String> done = form("/admin/login", Map.of("username", username, "password", password,
                "_csrf", csrf.group(1)));
        String location = done.headers().firstValue("Location").orElse("");
        if (location.endsWith("/admin/")) {
            me();
        }
        return location;
    }

    /** Reads who is signed in and the CSRF token to send with changes, as the pages do. */
    public JsonNode me() {
        HttpResponse<String> response = get("/api/admin/me");
        if (response.statusCode() != 200) {
            throw new AssertionError("GET /api/admin/me answered " + response.statusCode());
        }
        JsonNode me = json(response);
        csrfHeader = me.path("csrf").path("header").asText();
        csrfToken = me.path("csrf").path("token").asText();
        return me;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** A JSON call with the session and the CSRF header. */
    public HttpResponse<String> call(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (csrfHeader != null) {
            request.header(csrfHeader, csrfToken);
        }
        return send(request);
    }

    /** The same without the CSRF header, as a forged request from another site would come. */
    public HttpResponse<String> callWithoutCsrf(String method, String path, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json"));
    }

    /** Opens a server-sent event stream; its {@code data:} lines arrive in the returned queue as they come. */
    public java.util.concurrent.BlockingQueue<String> stream(String path) {
        java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
        http.sendAsync(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
                    lines.add("status:" + response.statusCode());
                    response.body().filter(line -> line.startsWith("data:")).forEach(lines::add);
                    lines.add("end");
                });
        return lines;
    }

    public HttpResponse<String> form(String path, Map<String, String> fields) {
        String body = new LinkedHashMap<>(fields).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded"));
    }

    /** The CSRF field of a page's form. */
    public static String csrfOf(String page) {
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new AssertionError("no CSRF field in:\n" + page);
        }
        return csrf.group(1);
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
