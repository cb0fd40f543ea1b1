package app.relais.bot.continuation;

import app.relais.conversation.ConversationKey;
import app.relais.webchat.Handover;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The web chat's {@link Handover}: a genuine token opens a copy of its conversation for the new session. */
final class WebHandover implements Handover {

    private static final Logger log = LoggerFactory.getLogger(WebHandover.class);

    private final ContinuationLinks links;
    private final ConversationCopy copy;

    WebHandover(ContinuationLinks links, ConversationCopy copy) {
        this.links = links;
        this.copy = copy;
    }

    @Override
    public Optional<String> redeem(String token, ConversationKey into) {
        Optional<ConversationKey> from = links.redeem(token);
        if (from.isEmpty()) {
            log.info("a /continue link was refused (forged, expired or already used)");
            return Optional.empty();
        }
        if (!copy.copy(from.get(), into)) {
            log.info("a /continue link named {}, which no longer exists", from.get());
            return Optional.empty();
        }
        return Optional.of(from.get().channel());
    }
}
