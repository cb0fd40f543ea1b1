package app.relais.webchat.page;

import app.relais.webchat.WebChatProperties;
import app.relais.webchat.socket.AllowedOrigins;
import java.util.Arrays;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.cors.CorsConfiguration;

/**
 * {@code GET /api/chat/origin}: whether a page of the requesting origin may open the chat. A browser
 * hides why a WebSocket handshake failed, so the widget asks this after a failed connection and can
 * say "this site is not allowed" instead of retrying forever. Readable from any origin (see
 * {@link WidgetCorsConfiguration}): it only repeats what the handshake would answer.
 */
@RestController
class WidgetAccessController {

    private final CorsConfiguration allowed = new CorsConfiguration();

    WidgetAccessController(WebChatProperties properties) {
        allowed.setAllowedOriginPatterns(Arrays.asList(AllowedOrigins.patterns(properties.allowedOrigins())));
    }

    @GetMapping("/api/chat/origin")
    ResponseEntity<Map<String, Object>> origin(@RequestHeader(name = "Origin", required = false) String origin) {
        // No Origin: a same-origin GET or a non-browser client, both accepted by the handshake.
        boolean ok = origin == null || allowed.checkOrigin(origin) != null;
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(Map.of("allowed", ok, "origin", origin == null ? "" : origin));
    }
}
