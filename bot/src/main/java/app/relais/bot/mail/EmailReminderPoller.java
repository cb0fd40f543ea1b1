package app.relais.bot.mail;

import app.relais.email.EmailReminders;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends the emails due every 30 seconds. Every instance polls; the store's claims make sure each
 * email is sent by one of them only. Without SMTP nothing is ever scheduled, so nothing is due.
 */
class EmailReminderPoller {

    private static final Logger log = LoggerFactory.getLogger(EmailReminderPoller.class);

    private final EmailReminders emails;

    EmailReminderPoller(EmailReminders emails) {
        this.emails = emails;
    }

    @Scheduled(fixedDelay = 30, initialDelay = 30, timeUnit = TimeUnit.SECONDS)
    void poll() {
        try {
            int sent = emails.fireDue();
            if (sent > 0) {
                log.info("sent {} reminder email(s)", sent);
            }
        } catch (RuntimeException e) {
            // A failing store must not stop the schedule: the next poll tries again.
            log.warn("reminder emails could not be polled", e);
        }
    }
}
