package app.relais.outage;

import app.relais.conversation.ConversationKey;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Activities in a list: tests and single-process trials. */
public final class InMemoryActivityLog implements ActivityLog {

    private final List<Activity> activities = new CopyOnWriteArrayList<>();

    @Override
    public void record(Activity activity) {
        activities.add(activity);
    }

    @Override
    public List<Activity> between(Instant from, Instant to) {
        return activities.stream().filter(a -> !a.at().isBefore(from) && a.at().isBefore(to))
                .sorted(Comparator.comparing(Activity::at)).toList();
    }

    @Override
    public synchronized void forget(ConversationKey conversation) {
        for (int i = 0; i < activities.size(); i++) {
            Activity a = activities.get(i);
            if (conversation.equals(a.conversation())) {
                activities.set(i, new Activity(a.at(), a.kind(), a.channel(), a.ref(), a.seconds(), null, null));
            }
        }
    }
}
