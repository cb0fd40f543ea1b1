package app.relais.outage;

import app.relais.conversation.ConversationKey;
import java.time.Instant;
import java.util.List;

/** Where {@link Activity} is kept for the incident reports (in memory for tests, a database in the app). */
public interface ActivityLog {

    /** Takes note of an activity; may write it a moment later, never on the caller's time. */
    void record(Activity activity);

    /** Activities from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
    List<Activity> between(Instant from, Instant to);

    /** Erases what a conversation wrote (the questions it asked), keeping that they were asked. */
    void forget(ConversationKey conversation);
}
