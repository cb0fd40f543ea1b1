package app.relais.crisis;

import app.relais.conversation.ConversationKey;
import app.relais.handoff.Delivery;
import app.relais.i18n.Messages;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reminds the community manager of each timeline step as it falls due, on their own channel
 * (through {@link Delivery}: the channel's gateway, or the outbox when they are away). Time comes
 * from the injected clock; the application calls {@link #runDue()} every few seconds. Reminders
 * live in memory: a restart during a crisis loses the pending ones (the timeline is shown in
 * full when it is planned, so nothing is unknown to the manager).
 */
public final class TimelineScheduler {

    /** One reminder: to whom, in which language, which step, when. */
    public record Reminder(ConversationKey to, String language, TimelineStep step, Instant due) {
    }

    private final Delivery delivery;
    private final Clock clock;
    private final Map<ConversationKey, List<Reminder>> pending = new ConcurrentHashMap<>();

    public TimelineScheduler(Delivery delivery, Clock clock) {
        this.delivery = delivery;
        this.clock = clock;
    }

    /** Plans a reminder for each step still to come after {@code start}; replaces a previous plan. */
    public List<Reminder> schedule(ConversationKey to, String language, Instant start) {
        return schedule(to, language, start, java.util.Set.of());
    }

    /** Like {@link #schedule(ConversationKey, String, Instant)}, without the steps already {@code done}. */
    public List<Reminder> schedule(ConversationKey to, String language, Instant start, java.util.Set<TimelineStep> done) {
        List<Reminder> plan = new ArrayList<>();
        Instant now = clock.instant();
        for (TimelineStep step : TimelineStep.values()) {
            if (!done.contains(step) && start.plus(step.offset()).isAfter(now)) {
                plan.add(new Reminder(to, language, step, start.plus(step.offset())));
            }
        }
        pending.put(to, List.copyOf(plan));
        return plan;
    }

    public void cancel(ConversationKey to) {
        pending.remove(to);
    }

    public List<Reminder> pending(ConversationKey to) {
        return pending.getOrDefault(to, List.of());
    }

    /** Sends the reminders now due, oldest first; returns how many were sent. */
    public int runDue() {
        Instant now = clock.instant();
        List<Reminder> due = new ArrayList<>();
        for (ConversationKey key : List.copyOf(pending.keySet())) {
            pending.computeIfPresent(key, (k, plan) -> {
                List<Reminder> later = new ArrayList<>();
                for (Reminder r : plan) {
                    (r.due().isAfter(now) ? later : due).add(r);
                }
                return later.isEmpty() ? null : List.copyOf(later);
            });
        }
        due.sort(Comparator.comparing(Reminder::due));
        for (Reminder r : due) {
            delivery.fromBot(r.to(), Messages.of(r.language()).get("crisis.reminder." + r.step().key()));
        }
        return due.size();
    }
}
