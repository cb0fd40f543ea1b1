package app.relais.followup;

import app.relais.conversation.ConversationKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A reminder store in memory, for tests and single-process trials. One lock makes each claim
 * atomic, which is the whole contract; reminders do not survive the process (the JDBC store does).
 */
public final class InMemoryReminderStore implements ReminderStore {

    private static final class Entry {
        final Reminder reminder;
        String claimedBy;

        Entry(Reminder reminder) {
            this.reminder = reminder;
        }
    }

    private final Map<String, Entry> byId = new HashMap<>();

    @Override
    public synchronized void schedule(Reminder reminder) {
        cancel(reminder.key());
        byId.put(reminder.id(), new Entry(reminder));
    }

    @Override
    public synchronized void cancel(ConversationKey key) {
        byId.values().removeIf(e -> e.claimedBy == null && e.reminder.key().equals(key));
    }

    @Override
    public synchronized Optional<Reminder> pending(ConversationKey key) {
        return byId.values().stream().filter(e -> e.claimedBy == null && e.reminder.key().equals(key))
                .map(e -> e.reminder).findFirst();
    }

    @Override
    public synchronized List<Reminder> claimDue(Instant now, String claimant, int max) {
        List<Entry> due = new ArrayList<>();
        for (Entry entry : byId.values()) {
            if (entry.claimedBy == null && !entry.reminder.dueAt().isAfter(now)) {
                due.add(entry);
            }
        }
        due.sort(Comparator.comparing(e -> e.reminder.dueAt()));
        List<Reminder> claimed = new ArrayList<>();
        for (Entry entry : due.subList(0, Math.min(max, due.size()))) {
            entry.claimedBy = claimant;
            claimed.add(entry.reminder);
        }
        return claimed;
    }

    @Override
    public synchronized void release(String reminderId, String claimant) {
        Entry entry = byId.get(reminderId);
        if (entry != null && claimant.equals(entry.claimedBy)) {
            if (pending(entry.reminder.key()).isPresent()) {
                // Rescheduled meanwhile: the newer reminder wins, one pending per conversation.
                byId.remove(reminderId);
            } else {
                entry.claimedBy = null;
            }
        }
    }

    @Override
    public synchronized void delivered(String reminderId, String claimant) {
        Entry entry = byId.get(reminderId);
        if (entry != null && claimant.equals(entry.claimedBy)) {
            byId.remove(reminderId);
        }
    }
}
