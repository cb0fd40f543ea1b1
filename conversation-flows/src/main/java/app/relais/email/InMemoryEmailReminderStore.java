package app.relais.email;

import app.relais.conversation.ConversationKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Emails due in memory, for tests and trials: one lock makes each claim atomic; nothing survives a restart. */
public final class InMemoryEmailReminderStore implements EmailReminderStore {

    private static final class Entry {
        EmailReminder reminder;
        String claimedBy;

        Entry(EmailReminder reminder) {
            this.reminder = reminder;
        }
    }

    private final Map<String, Entry> byId = new LinkedHashMap<>();

    @Override
    public synchronized void schedule(EmailReminder reminder) {
        byId.values().removeIf(e -> e.claimedBy == null && e.reminder.key().equals(reminder.key())
                && e.reminder.kind().equals(reminder.kind()));
        byId.put(reminder.id(), new Entry(reminder));
    }

    @Override
    public synchronized List<EmailReminder> pending(ConversationKey key) {
        return byId.values().stream().filter(e -> e.claimedBy == null && e.reminder.key().equals(key))
                .map(e -> e.reminder).sorted(Comparator.comparing(EmailReminder::dueAt)).toList();
    }

    @Override
    public synchronized void cancel(ConversationKey key, String kindPrefix) {
        byId.values().removeIf(e -> e.claimedBy == null && e.reminder.key().equals(key)
                && e.reminder.kind().startsWith(kindPrefix));
    }

    @Override
    public synchronized List<EmailReminder> claimDue(Instant now, String claimant, int max) {
        List<Entry> due = new ArrayList<>();
        for (Entry entry : byId.values()) {
            if (entry.claimedBy == null && !entry.reminder.dueAt().isAfter(now)) {
                due.add(entry);
            }
        }
        due.sort(Comparator.comparing(e -> e.reminder.dueAt()));
        List<EmailReminder> claimed = new ArrayList<>();
        for (Entry entry : due.subList(0, Math.min(max, due.size()))) {
            entry.claimedBy = claimant;
            claimed.add(entry.reminder);
        }
        return claimed;
    }

    @Override
    public synchronized void delivered(String id, String claimant) {
        Entry entry = byId.get(id);
        if (entry != null && claimant.equals(entry.claimedBy)) {
            byId.remove(id);
        }
    }

    @Override
    public synchronized void retry(String id, String claimant, Instant next) {
        Entry entry = byId.get(id);
        if (entry != null && claimant.equals(entry.claimedBy)) {
            EmailReminder r = entry.reminder;
            entry.reminder = new EmailReminder(r.id(), r.token(), r.key(), r.address(), r.language(), r.kind(), next,
                    r.attempts() + 1);
            entry.claimedBy = null;
        }
    }

    @Override
    public synchronized int unsubscribe(String token) {
        int before = byId.size();
        byId.values().removeIf(e -> e.reminder.token().equals(token));
        return before - byId.size();
    }

    @Override
    public synchronized String languageOf(String token) {
        return byId.values().stream().filter(e -> e.reminder.token().equals(token)).map(e -> e.reminder.language())
                .findFirst().orElse(null);
    }
}
