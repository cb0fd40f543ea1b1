package app.relais.webchat;

import app.relais.conversation.ConversationKey;
import java.util.Optional;

/**
 * Continues on the web chat a conversation begun elsewhere ({@code /continue} on any channel): the
 * application provides it; without one every continuation token is refused.
 */
@FunctionalInterface
public interface Handover {

    Handover NONE = (token, into) -> Optional.empty();

    /**
     * Opens, under the new web conversation {@code into}, the conversation the token was issued
     * for (its dossier, draft and files) and uses the token up. Empty when the token is forged,
     * expired, already used or its conversation is gone; else the channel it came from.
     */
    Optional<String> redeem(String token, ConversationKey into);
}
