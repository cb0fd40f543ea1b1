package app.relais.bot.desk;

import app.relais.bot.accounts.Requesters;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** {@code GET /api/admin/desk/events}: the signed-in agent's live stream (server-sent events). */
@RestController
class EventsController {

    private final DeskEvents events;
    private final Requesters requesters;

    EventsController(DeskEvents events, Requesters requesters) {
        this.events = events;
        this.requesters = requesters;
    }

    /** {@code X-Accel-Buffering: no}: a proxy such as nginx passes each event on at once instead of buffering. */
    @GetMapping(value = "/api/admin/desk/events", produces = "text/event-stream")
    ResponseEntity<SseEmitter> events() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("X-Accel-Buffering", "no")
                .body(events.open(requesters.person().id()));
    }
}
