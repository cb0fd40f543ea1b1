package app.relais.bot.desk;

import app.relais.i18n.Messages;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/admin/texts?lang=fr}: the desk's sentences ({@code desk.*} keys, prefix removed),
 * as MessageFormat patterns the pages fill in ({@code {0}}...).
 */
@RestController
class DeskTextsController {

    private static final String PREFIX = "desk.";

    @GetMapping("/api/admin/texts")
    ResponseEntity<Map<String, String>> texts(@RequestParam(name = "lang", defaultValue = "fr") String language) {
        Messages messages = Messages.of(language);
        Map<String, String> texts = new TreeMap<>();
        for (String key : messages.keys()) {
            if (key.startsWith(PREFIX)) {
                texts.put(key.substring(PREFIX.length()), messages.get(key));
            }
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(texts);
    }
}
