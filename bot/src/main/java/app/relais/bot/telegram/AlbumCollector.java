package app.relais.bot.telegram;

import app.relais.bot.channel.Delays;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.Inbound;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Gathers the photos of an album ({@code media_group_id}) into one attachment. Telegram sends an
 * album as one update per item with nothing marking the last one, so items wait here until the
 * album has been quiet for a short window; then {@code onQuiet} is told the chat, and its lane
 * drains the albums. Any other message of the chat drains them first, so order is kept.
 */
final class AlbumCollector {

    private record Key(long chatId, String groupId) {
    }

    private static final class Pending {
        final ConversationKey key;
        final Locale locale;
        final List<String> fileIds = new ArrayList<>();
        String caption;
        Runnable cancelTimer = () -> {
        };

        Pending(ConversationKey key, Locale locale) {
            this.key = key;
            this.locale = locale;
        }
    }

    private final Map<Key, Pending> pending = new HashMap<>();
    private final Delays delays;
    private final Duration window;
    private final LongConsumer onQuiet;

    AlbumCollector(Delays delays, Duration window, LongConsumer onQuiet) {
        this.delays = delays;
        this.window = window;
        this.onQuiet = onQuiet;
    }

    /** Adds accepted files of one album item; the album is complete once quiet for the window. */
    synchronized void add(long chatId, String groupId, ConversationKey key, Locale locale,
                          List<String> fileIds, String caption) {
        Pending album = pending.computeIfAbsent(new Key(chatId, groupId), k -> new Pending(key, locale));
        album.fileIds.addAll(fileIds);
        if (album.caption == null && caption != null && !caption.isBlank()) {
            album.caption = caption;
        }
        album.cancelTimer.run();
        album.cancelTimer = delays.schedule(window, () -> onQuiet.accept(chatId));
    }

    /** Removes the chat's waiting albums and returns them as attachment events, oldest first. */
    synchronized List<Inbound.Attachment> drain(long chatId) {
        List<Inbound.Attachment> ready = new ArrayList<>();
        Iterator<Map.Entry<Key, Pending>> entries = pending.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<Key, Pending> entry = entries.next();
            if (entry.getKey().chatId() != chatId) {
                continue;
            }
            Pending album = entry.getValue();
            album.cancelTimer.run();
            entries.remove();
            if (!album.fileIds.isEmpty()) {
                ready.add(new Inbound.Attachment(album.key, album.fileIds, album.caption, album.locale));
            }
        }
        return ready;
    }
}
