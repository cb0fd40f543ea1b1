package app.relais.bot.admin;

import app.relais.core.RelaisCore;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The periodic checks of outage mode: crisis-kit reminders that fell due, tickets no agent took in
 * time, incidents left two hours without an update. Each is idempotent, so a missed or doubled
 * run does no harm.
 */
class OutageJobs {

    private final RelaisCore core;

    OutageJobs(RelaisCore core) {
        this.core = core;
    }

    @Scheduled(fixedDelayString = "${relais.handoff.check-every:PT15S}")
    void run() {
        core.timeline().runDue();
        core.handoff().remindWaiting();
        core.cadence().check();
    }
}
