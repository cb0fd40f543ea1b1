package app.relais.bot.telegram;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Telegram posts updates in webhook mode. The library's webhook module runs its own server
 * on another port and never checks the secret, so this is a plain controller: the
 * {@code X-Telegram-Bot-Api-Secret-Token} header is compared in constant time before the body is
 * even read, the update is stored in the inbox, and Telegram gets its 200 at once while the
 * chat's lane handles it. A store failure answers 503: Telegram posts the update again later.
 * Without a token, or in polling mode, the path answers 404 as if it did not exist.
 */
@RestController
class TelegramWebhookController {

    static final String PATH = "/telegram/webhook";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** Updates are a few kilobytes; anything much larger did not come from Telegram. */
    static final int MAX_BODY = 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookController.class);

    private final Optional<TelegramAdapter> adapter;
    private final byte[] secret;

    /** The secret was checked when the channel was built in webhook mode (TelegramConfiguration). */
    TelegramWebhookController(TelegramChannel channel, TelegramProperties properties) {
        this.adapter = channel.webhookAdapter();
        this.secret = adapter.isPresent() ? properties.webhookSecret().getBytes(StandardCharsets.UTF_8) : new byte[0];
    }

    @PostMapping(PATH)
    ResponseEntity<Void> receive(@RequestHeader(name = SECRET_HEADER, required = false) String token,
                                 HttpServletRequest request) throws IOException {
        if (adapter.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        if (token == null || !MessageDigest.isEqual(secret, token.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).build();
        }
        try {
            adapter.get().receiveWebhook(new String(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().build();
        } catch (RuntimeException e) {
            log.warn("a webhook update could not be stored ({}); Telegram will post it again", e.getClass().getName());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
        return ResponseEntity.ok().build();
    }
}
