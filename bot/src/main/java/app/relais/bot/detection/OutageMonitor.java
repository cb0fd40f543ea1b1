package app.relais.bot.detection;

import app.relais.bot.channel.SendOutcomes;
import app.relais.catalog.LocalizedText;
import app.relais.i18n.Messages;
import app.relais.outage.Incident;
import app.relais.outage.OutageBoard;
import app.relais.outage.ServiceStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices that one of the business's channels is down from the sends Relais makes on it, and says
 * so through the same incident path an administrator uses: the status page, the widget's banner,
 * the Telegram notice and the desks all show it, and the team is told.
 *
 * <p>Every send attempt is recorded with its outcome in a sliding window. When the window holds
 * at least {@code failures} transient failures, from at least two people, and they are at least
 * half of its attempts, an incident is declared and remembered as automatic ({@link
 * AutoIncidents}). Two people, because one person's message retried again and again (a recipient
 * Meta keeps refusing with a temporary code) must not look like an outage at a quiet hour. Sends
 * that succeed continuously for {@code recoveryAfter} end it, with the message the administrators
 * wrote in advance or a default one; {@link #tick()} checks that, so an incident also ends when the
 * last send before a quiet spell succeeded. An incident declared by hand is never ended here, and
 * one an administrator ended is not declared again until failures fill a fresh window.
 *
 * <p>Time comes from the injected clock: tests move it instead of waiting. Nothing here blocks a
 * send: recording is a few field updates under this object's lock; the database is read only to
 * declare, in {@link #tick()} and when a failure may tip the balance.
 */
public final class OutageMonitor implements SendOutcomes {

    /** The detection thresholds ({@code RELAIS_MESSENGER_OUTAGE_*}, {@code _RECOVERY_AFTER} for Messenger). */
    public record Settings(int failures, Duration window, Duration recoveryAfter) {
        public Settings {
            if (failures < 1 || window.isNegative() || window.isZero() || recoveryAfter.isNegative()) {
                throw new IllegalArgumentException("failures >= 1, a positive window and recovery time are required");
            }
        }
    }

    /** The window as the admin page shows it. */
    public record Health(String channel, int attempts, int failures, Instant lastFailure, Instant healthySince,
                         boolean metaReportsProblem) {
    }

    private record Attempt(Instant at, boolean failed, String person) {
    }

    static final int MIN_PEOPLE = 2;
    private static final Logger log = LoggerFactory.getLogger(OutageMonitor.class);

    private final String channel;
    private final Settings settings;
    private final OutageBoard board;
    private final AutoIncidents autos;
    private final Consumer<String> team;
    private final Clock clock;
    private final Deque<Attempt> attempts = new ArrayDeque<>();
    private final AtomicBoolean declaring = new AtomicBoolean();
    private Instant lastFailure;
    private Instant healthySince;
    private boolean metaReportsProblem;
    private volatile boolean incidentOpen;

    /**
     * @param channel the business channel's id in {@code outage/business.yml} ({@code messenger})
     * @param team    where the team is told (the hand-off desks: admin page, Telegram agents group)
     */
    public OutageMonitor(String channel, Settings settings, OutageBoard board, AutoIncidents autos,
                         Consumer<String> team, Clock clock) {
        this.channel = channel;
        this.settings = settings;
        this.board = board;
        this.autos = autos;
        this.team = team;
        this.clock = clock;
        this.incidentOpen = openIncident().isPresent();
    }

    public String channel() {
        return channel;
    }

    public Settings settings() {
        return settings;
    }

    /** A send to {@code person} went through. */
    @Override
    public void succeeded(String person) {
        Instant now = clock.instant();
        synchronized (this) {
            record(new Attempt(now, false, person));
            if (healthySince == null) {
                healthySince = now;
            }
        }
    }

    /** A send to {@code person} failed in a way that says the platform is unwell (not a refusal of this message). */
    @Override
    public void failedTransiently(String person) {
        Instant now = clock.instant();
        boolean outage;
        synchronized (this) {
            record(new Attempt(now, true, person));
            lastFailure = now;
            healthySince = null;
            outage = !incidentOpen && looksDown();
        }
        if (outage) {
            declare(ServiceStatus.OUTAGE, "detection.declared", failuresText());
        }
    }

    /**
     * What the platform's own status page says (the optional probe): a problem it reports declares
     * the incident like failed sends do, and holds off the automatic end while it lasts.
     */
    public void platformReports(boolean problem, boolean severe) {
        synchronized (this) {
            metaReportsProblem = problem;
        }
        if (problem && !incidentOpen) {
            declare(severe ? ServiceStatus.OUTAGE : ServiceStatus.DEGRADED, "detection.reported",
                    Messages.of("fr").get("detection.desk.reported-why"));
        }
    }

    /** Run periodically: ends an automatic incident once sends have succeeded long enough. */
    public void tick() {
        Optional<Incident> open = openIncident();
        if (incidentOpen && open.isEmpty()) {
            // Ended elsewhere (by hand, or by another instance): only fresh failures may declare again.
            synchronized (this) {
                attempts.clear();
            }
        }
        incidentOpen = open.isPresent();
        if (open.isEmpty() || autos.find(open.get().id()).isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        boolean recovered;
        synchronized (this) {
            recovered = healthySince != null && !metaReportsProblem
                    && !now.isBefore(healthySince.plus(settings.recoveryAfter()));
        }
        if (recovered) {
            end(open.get());
        }
    }

    public synchronized Health health() {
        prune(clock.instant());
        int failed = (int) attempts.stream().filter(Attempt::failed).count();
        return new Health(channel, attempts.size(), failed, lastFailure, healthySince, metaReportsProblem);
    }

    private void record(Attempt attempt) {
        attempts.addLast(attempt);
        prune(attempt.at());
    }

    private void prune(Instant now) {
        Instant oldest = now.minus(settings.window());
        while (!attempts.isEmpty() && attempts.peekFirst().at().isBefore(oldest)) {
            attempts.removeFirst();
        }
    }

    private boolean looksDown() {
        int failed = 0;
        Set<String> people = new HashSet<>();
        for (Attempt attempt : attempts) {
            if (attempt.failed()) {
                failed++;
                people.add(attempt.person());
            }
        }
        return failed >= settings.failures() && failed * 2 >= attempts.size() && people.size() >= MIN_PEOPLE;
    }

    private synchronized String failuresText() {
        long failed = attempts.stream().filter(Attempt::failed).count();
        return Messages.of("fr").get("detection.desk.failures-why", failed, attempts.size(),
                Durations.french(settings.window()));
    }

    private void declare(ServiceStatus status, String messageKey, String why) {
        if (!declaring.compareAndSet(false, true)) {
            return;
        }
        try {
            if (openIncident().isPresent()) {
                // Someone (an administrator, another instance) was first: theirs stands as it is.
                incidentOpen = true;
                return;
            }
            LocalizedText message = new LocalizedText(Messages.of("fr").get(messageKey), Messages.of("en").get(messageKey));
            Incident incident = board.declare(channel, status, message, null);
            autos.detected(incident.id(), channel, incident.openedAt());
            incidentOpen = true;
            log.warn("{} incident {} declared automatically ({})", channel, incident.id(), why);
            Messages fr = Messages.of("fr");
            team.accept(fr.get("detection.desk.declared", board.label(channel, fr.locale()), why,
                    Durations.french(settings.recoveryAfter())));
        } catch (RuntimeException e) {
            log.error("the automatic {} incident could not be declared ({})", channel, e.getClass().getName(), e);
        } finally {
            declaring.set(false);
        }
    }

    private void end(Incident incident) {
        LocalizedText message = autos.recoveryMessage(channel).orElseGet(() -> new LocalizedText(
                Messages.of("fr").get("detection.recovered"), Messages.of("en").get("detection.recovered")));
        if (board.clear(channel, message).isEmpty()) {
            return;
        }
        incidentOpen = false;
        synchronized (this) {
            attempts.clear();
        }
        log.info("{} incident {} ended automatically after {} of successful sends", channel, incident.id(),
                settings.recoveryAfter());
        Messages fr = Messages.of("fr");
        team.accept(fr.get("detection.desk.recovered", board.label(channel, fr.locale()),
                Durations.french(settings.recoveryAfter())));
    }

    private Optional<Incident> openIncident() {
        return board.open().stream().filter(i -> i.channel().equals(channel)).findFirst();
    }
}
