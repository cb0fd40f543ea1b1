package app.relais.bot.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outage notice a Telegram chat should see before the bot's answer: the business's current
 * news, shown once per chat for each new wording (an update of the incident shows again), and
 * again after two hours, the update cadence of the outage playbook.
 */
final class OutageNotices {

    static final OutageNotices NONE = new OutageNotices(locale -> Optional.empty());

    private final Function<Locale, Optional<String>> current;
    private final Cache<Long, String> shown = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterWrite(Duration.ofHours(2)).build();

    OutageNotices(Function<Locale, Optional<String>> current) {
        this.current = current;
    }

    Optional<String> forChat(long chatId, Locale locale) {
        Optional<String> notice = current.apply(locale);
        if (notice.isEmpty()) {
            shown.invalidate(chatId);
            return Optional.empty();
        }
        if (notice.get().equals(shown.getIfPresent(chatId))) {
            return Optional.empty();
        }
        shown.put(chatId, notice.get());
        return notice;
    }
}
