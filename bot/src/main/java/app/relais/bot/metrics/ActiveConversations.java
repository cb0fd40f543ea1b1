package app.relais.bot.metrics;

import app.relais.conversation.ConversationKey;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;

/**
 * Conversations that received a message in the last {@link #WINDOW}: what "active" means on the
 * dashboard. Only keys are kept, forgotten once idle, so memory follows the active conversations.
 */
final class ActiveConversations {

    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Cache<ConversationKey, Boolean> recent;

    ActiveConversations(Clock clock) {
        this.recent = Caffeine.newBuilder().expireAfterWrite(WINDOW)
                .ticker(() -> clock.millis() * 1_000_000L).build();
    }

    void touched(ConversationKey key) {
        recent.put(key, Boolean.TRUE);
    }

    double count() {
        recent.cleanUp();
        return recent.estimatedSize();
    }
}
