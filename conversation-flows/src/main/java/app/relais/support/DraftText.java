package app.relais.support;

import app.relais.drafting.DraftEmail;
import app.relais.i18n.Messages;

/** The draft as the user reads it in the chat: recipient, subject, then the body, ready to copy. */
final class DraftText {

    private DraftText() {
    }

    /** {@code texts} is the chat's language (the labels); the draft keeps its own. */
    static String render(DraftEmail draft, Messages texts) {
        StringBuilder text = new StringBuilder();
        if (draft.to() != null) {
            text.append(texts.get("draft.label.to", draft.to())).append('\n');
        }
        text.append(texts.get("draft.label.subject", draft.subject())).append("\n\n").append(draft.body());
        return text.toString();
    }
}
