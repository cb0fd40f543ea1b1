package app.relais.webchat;

import app.relais.i18n.Messages;
import app.relais.store.ConversationSnapshot;
import app.relais.store.ConversationStore;
import java.util.List;
import java.util.Locale;

/**
 * The language the channel itself speaks to a session (its error messages): the conversation's
 * language once there is one (it follows {@code /lang}), else what the browser said.
 */
public final class ChatLanguage {

    private final ConversationStore conversations;

    public ChatLanguage(ConversationStore conversations) {
        this.conversations = conversations;
    }

    /** {@code sessionId} may be null (no session yet); {@code fallback} may be null (French). */
    public Messages of(String sessionId, Locale fallback) {
        if (sessionId != null) {
            String language = conversations.load(WebChat.key(sessionId))
                    .map(ConversationSnapshot::data).map(d -> d.locale()).orElse(null);
            if (language != null) {
                return Messages.of(language);
            }
        }
        return Messages.of(fallback);
    }

    /** The first language of an {@code Accept-Language} header, or null when absent or unreadable. */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            return ranges.isEmpty() ? null : Locale.forLanguageTag(ranges.get(0).getRange());
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    /** A client's language tag such as {@code fr-FR}, or null when absent or meaningless. */
    public static Locale fromTag(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(tag.strip());
        return locale.getLanguage().isEmpty() ? null : locale;
    }
}
