package app.relais.bot.messenger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClient;

/**
 * The Graph API calls the channel makes: the Send API (text, quick replies, a typing indicator,
 * files as multipart {@code filedata}) and the download of a person's attachment. Spring's
 * {@link RestClient} over the JDK's HTTP client: three calls do not need RestFB's whole Graph
 * model, and Relais must see each answer's HTTP status, code and subcode to sort failures
 * (docs/design-notes.md, "Messenger"). The page token and its {@code appsecret_proof} go in the
 * query string, as Meta documents; URLs are never logged.
 */
final class GraphClient {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(20);
    /** Meta's limit for a file sent with the Send API. */
    static final long MAX_UPLOAD = 25L * 1024 * 1024;

    /** What fetching a person's file produced. */
    sealed interface Download permits Fetched, TooLarge {
    }

    record Fetched(byte[] content) implements Download {
    }

    record TooLarge(long size) implements Download {
    }

    private final RestClient rest;
    private final HttpClient http;
    private final ObjectMapper json;
    private final String token;
    private final String proof;

    GraphClient(MessengerProperties properties, ObjectMapper json) {
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(READ_TIMEOUT);
        this.rest = RestClient.builder()
                .requestFactory(requests)
                .baseUrl(properties.graphBase())
                .messageConverters(converters -> converters.replaceAll(c -> c instanceof MappingJackson2HttpMessageConverter
                        ? new MappingJackson2HttpMessageConverter(json) : c))
                .build();
        this.token = properties.pageToken();
        this.proof = proof(properties.pageToken(), properties.appSecret());
    }

    /** Sends a message or a sender action; returns Meta's message id (null for an action). */
    String send(SendApi.Request request) throws GraphException {
        return call(rest.post().uri(this::messages).contentType(MediaType.APPLICATION_JSON).body(request));
    }

    /** Sends a file as an attachment uploaded with the message ({@code filedata}). */
    String sendFile(SendApi.Request request, String name, String mime, byte[] content) throws GraphException {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("recipient", write(request.recipient()));
        parts.add("messaging_type", request.messagingType());
        if (request.tag() != null) {
            parts.add("tag", request.tag());
        }
        parts.add("message", write(request.message()));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(mime));
        parts.add("filedata", new HttpEntity<>(new NamedBytes(content, name), headers));
        return call(rest.post().uri(this::messages).contentType(MediaType.MULTIPART_FORM_DATA).body(parts));
    }

    /** Fetches a person's attachment from the URL the webhook gave, reading at most {@code limit} bytes. */
    Download download(URI url, long limit) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(READ_TIMEOUT).GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            if (response.statusCode() / 100 != 2) {
                throw new IOException("attachment download answered HTTP " + response.statusCode());
            }
            long announced = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (announced > limit) {
                return new TooLarge(announced);
            }
            byte[] content = in.readNBytes((int) limit + 1);
            return content.length > limit ? new TooLarge(content.length) : new Fetched(content);
        }
    }

    private URI messages(org.springframework.web.util.UriBuilder uri) {
        return uri.path("/me/messages").queryParam("access_token", "{token}").queryParam("appsecret_proof", "{proof}")
                .build(Map.of("token", token, "proof", proof));
    }

    private String call(RestClient.RequestBodySpec request) throws GraphException {
        try {
            Outcome outcome = request.exchange((req, res) -> {
                byte[] body = res.getBody().readAllBytes();
                return new Outcome(res.getStatusCode().value(), body);
            });
            if (outcome.status() / 100 == 2) {
                return response(outcome.body());
            }
            throw new GraphException(failure(outcome));
        } catch (RestClientException e) {
            throw new GraphException(SendFailure.network(e), e);
        }
    }

    private record Outcome(int status, byte[] body) {
    }

    private String response(byte[] body) {
        try {
            return body.length == 0 ? null : json.readValue(body, SendApi.Response.class).messageId();
        } catch (IOException e) {
            // Delivered (2xx) whatever the body says: never send it again for an unreadable answer.
            return null;
        }
    }

    private SendFailure failure(Outcome outcome) {
        SendApi.Error error = null;
        try {
            SendApi.ErrorBody body = json.readValue(outcome.body(), SendApi.ErrorBody.class);
            error = body == null ? null : body.error();
        } catch (IOException notGraphs) {
            // A proxy's error page: the status alone decides.
        }
        return error == null ? SendFailure.of(outcome.status(), null, null, "")
                : SendFailure.of(outcome.status(), error.code(), error.subcode(), error.message());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Send API field could not be written as JSON", e);
        }
    }

    /** {@code appsecret_proof}: HMAC-SHA256 of the token keyed with the app secret, required when the app demands it. */
    static String proof(String token, String appSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }

    /** Bytes with a file name, as a multipart part needs. */
    private static final class NamedBytes extends ByteArrayResource {
        private final String name;

        NamedBytes(byte[] content, String name) {
            super(content);
            this.name = name;
        }

        @Override
        public String getFilename() {
            return name;
        }
    }
}
