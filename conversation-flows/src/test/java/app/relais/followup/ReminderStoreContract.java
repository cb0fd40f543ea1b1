package app.relais.followup;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.conversation.ConversationKey;
import app.relais.testing.ConcurrentClaimants;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ReminderStore} promises; the in-memory store runs it here and a durable store
 * extends it with its own {@link #store()}.
 */
public abstract class ReminderStoreContract {

    protected static final Instant NOW = Instant.parse("2026-11-28T20:00:00Z");

    /** A fresh, empty store. */
    protected abstract ReminderStore store();

    private static Reminder reminder(String id, String chat, Instant due) {
        return new Reminder(id, new ConversationKey("memory", chat), due, due.minus(Duration.ofDays(7)));
    }

    @Test
    void onlyDueRemindersAreClaimedOldestFirst() {
        ReminderStore store = store();
        store.schedule(reminder("late", "a", NOW.minusSeconds(10)));
        store.schedule(reminder("later", "b", NOW.minusSeconds(5)));
        store.schedule(reminder("future", "c", NOW.plusSeconds(1)));

        assertThat(store.claimDue(NOW, "one", 10)).extracting(Reminder::id).containsExactly("late", "later");
    }

    @Test
    void aClaimedReminderIsNeverClaimedAgain() {
        ReminderStore store = store();
        store.schedule(reminder("r", "a", NOW));

        assertThat(store.claimDue(NOW, "one", 10)).hasSize(1);
        assertThat(store.claimDue(NOW, "two", 10)).isEmpty();
        assertThat(store.claimDue(NOW, "one", 10)).isEmpty();
    }

    @Test
    void aReleasedReminderCanBeClaimedAgainAndADeliveredOneIsGone() {
        ReminderStore store = store();
        store.schedule(reminder("r", "a", NOW));
        store.claimDue(NOW, "one", 10);

        store.release("r", "two");
        assertThat(store.claimDue(NOW, "two", 10)).as("only the claimant releases").isEmpty();
        store.release("r", "one");
        assertThat(store.claimDue(NOW, "two", 10)).extracting(Reminder::id).containsExactly("r");
        store.delivered("r", "two");
        store.release("r", "two");
        assertThat(store.claimDue(NOW, "three", 10)).isEmpty();
    }

    @Test
    void schedulingAgainReplacesTheConversationsPendingReminder() {
        ReminderStore store = store();
        store.schedule(reminder("first", "a", NOW));
        store.schedule(reminder("second", "a", NOW.plusSeconds(60)));

        assertThat(store.pending(new ConversationKey("memory", "a"))).map(Reminder::id).contains("second");
        assertThat(store.claimDue(NOW.plusSeconds(60), "one", 10)).extracting(Reminder::id).containsExactly("second");
    }

    @Test
    void cancellingDropsOnlyThatConversationsReminder() {
        ReminderStore store = store();
        store.schedule(reminder("a1", "a", NOW));
        store.schedule(reminder("b1", "b", NOW));

        store.cancel(new ConversationKey("memory", "a"));

        assertThat(store.pending(new ConversationKey("memory", "a"))).isEmpty();
        assertThat(store.claimDue(NOW, "one", 10)).extracting(Reminder::id).containsExactly("b1");
    }

    @Test
    void claimsRespectTheLimit() {
        ReminderStore store = store();
        for (int i = 0; i < 5; i++) {
            store.schedule(reminder("r" + i, "c" + i, NOW.minusSeconds(i)));
        }

        assertThat(store.claimDue(NOW, "one", 2)).hasSize(2);
        assertThat(store.claimDue(NOW, "two", 10)).hasSize(3);
    }

    @Test
    void concurrentClaimantsNeverShareAReminder() throws Exception {
        ReminderStore store = store();
        int count = 500;
        for (int i = 0; i < count; i++) {
            store.schedule(reminder("r" + i, "c" + i, NOW));
        }
        List<String> all = ConcurrentClaimants.claimAll(4,
                name -> store.claimDue(NOW, name, 7).stream().map(Reminder::id).toList(), Duration.ofSeconds(30));

        assertThat(all).hasSize(count).doesNotHaveDuplicates();
    }
}
