package app.relais.bot.messenger;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Meta calls: {@code GET} to register the webhook (the challenge is echoed only for
 * {@code hub.mode=subscribe} and the right verify token), {@code POST} for events. A POST's
 * {@code X-Hub-Signature-256} is checked over the raw body bytes before anything is parsed; the
 * events are stored and Meta gets its 200 at once (it retries, then disables a webhook that keeps
 * failing or answering slowly). A store failure answers 503 so that Meta delivers again. Without
 * a page token the path answers 404 as if it did not exist.
 */
@RestController
class MessengerWebhookController {

    static final String PATH = "/messenger/webhook";
    /** Meta batches events, but a body is rarely more than a few kilobytes. */
    static final int MAX_BODY = 4 * 1024 * 1024;
    private static final int MAX_CHALLENGE = 256;
    private static final Logger log = LoggerFactory.getLogger(MessengerWebhookController.class);

    private final Optional<MessengerAdapter> adapter;

    MessengerWebhookController(MessengerChannel channel) {
        this.adapter = channel.adapter();
    }

    @GetMapping(value = PATH, produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> verify(@RequestParam(name = "hub.mode", required = false) String mode,
                                  @RequestParam(name = "hub.verify_token", required = false) String token,
                                  @RequestParam(name = "hub.challenge", required = false) String challenge) {
        if (adapter.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        if (!"subscribe".equals(mode) || !adapter.get().isVerifyToken(token) || challenge == null
                || challenge.isEmpty() || challenge.length() > MAX_CHALLENGE) {
            log.warn("a Messenger webhook verification was refused (hub.mode {}, verify token {})", mode,
                    token == null ? "absent" : adapter.get().isVerifyToken(token) ? "right" : "wrong");
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        log.info("Messenger webhook verified by Meta");
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
    }

    @PostMapping(PATH)
    ResponseEntity<String> receive(@RequestHeader(name = WebhookSignature.HEADER, required = false) String signature,
                                   HttpServletRequest request) throws IOException {
        if (adapter.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).build();
        }
        if (!adapter.get().signedByMeta(body, signature)) {
            log.warn("a Messenger webhook call was refused: {} X-Hub-Signature-256", signature == null ? "no" : "a wrong");
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        try {
            adapter.get().receive(body);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().build();
        } catch (RuntimeException e) {
            log.warn("Messenger events could not be stored ({}); Meta will deliver them again", e.getClass().getName());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("EVENT_RECEIVED");
    }
}
