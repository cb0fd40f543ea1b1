package app.relais.webchat.page;

import app.relais.core.RelaisCore;
import app.relais.i18n.Messages;
import app.relais.outage.OutageBoard;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/chat/texts?lang=fr}: the page's own sentences ({@code webchat.page.*} keys, prefix
 * removed). During an incident the chat is the business's own line to its customers (outage
 * mode): the header then speaks for the business, with its name from the business profile, not
 * for Relais.
 */
@RestController
class PageTextsController {

    private static final String PREFIX = "webchat.page.";

    private final ObjectProvider<RelaisCore> core;

    PageTextsController(ObjectProvider<RelaisCore> core) {
        this.core = core;
    }

    @GetMapping("/api/chat/texts")
    ResponseEntity<Map<String, String>> texts(@RequestParam(name = "lang", defaultValue = "fr") String language) {
        Messages messages = Messages.of(language);
        Map<String, String> texts = new TreeMap<>();
        for (String key : messages.keys()) {
            if (key.startsWith(PREFIX)) {
                texts.put(key.substring(PREFIX.length()), messages.get(key));
            }
        }
        RelaisCore relais = core.getIfAvailable();
        if (relais != null) {
            OutageBoard outage = relais.outage();
            String business = outage.business().name();
            if (business != null && outage.anyOpen()) {
                texts.put("widget-title", business);
                texts.put("subtitle", messages.get("webchat.business.subtitle"));
            }
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(texts);
    }
}
