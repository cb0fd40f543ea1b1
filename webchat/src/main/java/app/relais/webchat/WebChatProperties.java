package app.relais.webchat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the web chat reads from the environment ({@code RELAIS_*}, relaxed binding).
 *
 * @param dataDir        where the generated session secret is kept when none is given ({@code RELAIS_DATA_DIR})
 * @param sessionSecret  signs session tokens and download links ({@code RELAIS_SESSION_SECRET}); every
 *                       instance behind one load balancer needs the same one. Absent: generated once
 *                       in the data dir
 * @param allowedOrigins origins whose pages may open the chat ({@code RELAIS_ALLOWED_ORIGINS}, comma
 *                       separated; {@code *} wildcards allowed, e.g. {@code http://localhost:*}); the
 *                       app's own origin is always allowed
 * @param limits         abuse limits
 */
@Validated
@ConfigurationProperties("relais")
public record WebChatProperties(
        @NotNull @DefaultValue("./data") Path dataDir,
        @Size(min = 32, message = "must be at least 32 characters; make one with: openssl rand -base64 48")
        String sessionSecret,
        @NotNull @DefaultValue({"http://localhost:*", "http://127.0.0.1:*"}) List<String> allowedOrigins,
        @Valid @NotNull @DefaultValue Limits limits) {

    /**
     * @param sessionsPerIpPerMinute new chat sessions one address may open a minute; 0 turns the
     *                               limit off ({@code RELAIS_LIMITS_SESSIONS_PER_IP_PER_MINUTE}).
     *                               There is deliberately no per-address message cap: customers
     *                               behind one carrier NAT share an address
     * @param messagesPerSession     messages one session may send per {@code messageWindow}
     * @param messageWindow          the sliding window of {@code messagesPerSession}
     */
    public record Limits(@Min(0) @DefaultValue("120") int sessionsPerIpPerMinute,
                         @Min(1) @DefaultValue("20") int messagesPerSession,
                         @NotNull @DefaultValue("10s") Duration messageWindow) {
    }
}
