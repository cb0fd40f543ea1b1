package app.relais.bot.followup;

import app.relais.followup.ReminderService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Fires due reminders every 30 seconds. Every instance polls; the store's claims make sure each
 * reminder is sent by one of them only, so no leader election is needed.
 */
class ReminderPoller {

    private static final Logger log = LoggerFactory.getLogger(ReminderPoller.class);

    private final ReminderService reminders;

    ReminderPoller(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelay = 30, initialDelay = 30, timeUnit = TimeUnit.SECONDS)
    void poll() {
        try {
            int sent = reminders.fireDue();
            if (sent > 0) {
                log.info("sent {} follow-up reminder(s)", sent);
            }
        } catch (RuntimeException e) {
            // A failing store must not stop the schedule: the next poll tries again.
            log.warn("follow-up reminders could not be polled", e);
        }
    }
}
