package app.relais.bot.desk;

import app.relais.bot.accounts.Requesters;
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

    @GetMapping(value = "/api/admin/desk/events", produces = "text/event-stream")
    SseEmitter events() {
        return events.open(requesters.person().id());
    }
}
