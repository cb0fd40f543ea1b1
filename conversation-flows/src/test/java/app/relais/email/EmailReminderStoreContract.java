package app.relais.email;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.conversation.ConversationKey;
import app.relais.testing.ConcurrentClaimants;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EmailReminderStore} promises; the in-memory store runs it here and a durable
 * store extends it with its own {@link #store()}.
 */
public abstract class EmailReminderStoreContract {

    protected static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");
    private static final ConversationKey A = new ConversationKey("web", "a");
    private static final ConversationKey B = new ConversationKey("web", "b");

    /** A fresh, empty store. */
    protected abstract EmailReminderStore store();

    private static EmailReminder email(String id, ConversationKey key, String kind, Instant due) {
        return new EmailReminder(id, "token-" + key.externalId(), key, "jeanne@example.fr", "fr", kind, due, 0);
    }

    @Test
    void onlyDueEmailsAreClaimedOldestFirstAndKeepEverything() {
        EmailReminderStore store = store();
        store.schedule(email("late", A, "followup", NOW.minusSeconds(10)));
        store.schedule(email("later", B, "followup", NOW.minusSeconds(5)));
        store.schedule(email("future", A, "crisis:faq-page", NOW.plusSeconds(1)));

        List<EmailReminder> claimed = store.claimDue(NOW, "one", 10);
        assertThat(claimed).extracting(EmailReminder::id).containsExactly("late", "later");
        assertThat(claimed.get(0)).isEqualTo(email("late", A, "followup", NOW.minusSeconds(10)));
    }

    @Test
    void aClaimedEmailIsNeverClaimedAgainAndADeliveredOneIsGone() {
        EmailReminderStore store = store();
        store.schedule(email("e", A, "followup", NOW));

        assertThat(store.claimDue(NOW, "one", 10)).hasSize(1);
        assertThat(store.claimDue(NOW, "two", 10)).isEmpty();
        assertThat(store.pending(A)).as("claimed is no longer pending").isEmpty();
        store.delivered("e", "two");
        store.delivered("e", "one");
        store.retry("e", "one", NOW);
        assertThat(store.claimDue(NOW.plusSeconds(3600), "three", 10)).isEmpty();
        assertThat(store.languageOf("token-a")).isNull();
    }

    @Test
    void aFailedSendIsDueAgainLaterWithOneAttemptMore() {
        EmailReminderStore store = store();
        store.schedule(email("e", A, "followup", NOW));
        store.claimDue(NOW, "one", 10);

        store.retry("e", "two", NOW.plusSeconds(300));
        assertThat(store.claimDue(NOW.plusSeconds(300), "two", 10)).as("only the claimant gives it back").isEmpty();
        store.retry("e", "one", NOW.plusSeconds(300));
        assertThat(store.claimDue(NOW.plusSeconds(299), "two", 10)).isEmpty();
        assertThat(store.claimDue(NOW.plusSeconds(300), "two", 10)).singleElement()
                .satisfies(e -> assertThat(e.attempts()).isEqualTo(1));
    }

    @Test
    void schedulingAgainReplacesThePendingEmailOfTheSameKindOnly() {
        EmailReminderStore store = store();
        store.schedule(email("first", A, "followup", NOW));
        store.schedule(email("step", A, "crisis:social-post", NOW.plusSeconds(30)));
        store.schedule(email("second", A, "followup", NOW.plusSeconds(60)));

        assertThat(store.pending(A)).extracting(EmailReminder::id).containsExactly("step", "second");
    }

    @Test
    void cancellingDropsTheKindsOfThatConversationOnly() {
        EmailReminderStore store = store();
        store.schedule(email("a1", A, "crisis:social-post", NOW));
        store.schedule(email("a2", A, "crisis:faq-page", NOW));
        store.schedule(email("a3", A, "followup", NOW));
        store.schedule(email("b1", B, "crisis:social-post", NOW));

        store.cancel(A, "crisis:");

        assertThat(store.pending(A)).extracting(EmailReminder::id).containsExactly("a3");
        store.cancel(A, "");
        assertThat(store.pending(A)).isEmpty();
        assertThat(store.claimDue(NOW, "one", 10)).extracting(EmailReminder::id).containsExactly("b1");
    }

    @Test
    void unsubscribingDeletesEveryEmailOfTheTokenAndSaysHowMany() {
        EmailReminderStore store = store();
        store.schedule(email("a1", A, "crisis:social-post", NOW));
        store.schedule(email("a2", A, "crisis:faq-page", NOW.plusSeconds(3600)));
        store.schedule(email("b1", B, "followup", NOW));
        assertThat(store.languageOf("token-a")).isEqualTo("fr");

        assertThat(store.unsubscribe("token-a")).isEqualTo(2);
        assertThat(store.unsubscribe("token-a")).isZero();
        assertThat(store.languageOf("token-a")).isNull();
        assertThat(store.pending(B)).hasSize(1);
    }

    @Test
    void concurrentClaimantsNeverShareAnEmail() throws Exception {
        EmailReminderStore store = store();
        int count = 300;
        for (int i = 0; i < count; i++) {
            store.schedule(email("e" + i, new ConversationKey("web", "c" + i), "followup", NOW));
        }
        List<String> all = ConcurrentClaimants.claimAll(4,
                name -> store.claimDue(NOW, name, 7).stream().map(EmailReminder::id).toList(), Duration.ofSeconds(60));
        assertThat(all).hasSize(count).doesNotHaveDuplicates();
    }
}
