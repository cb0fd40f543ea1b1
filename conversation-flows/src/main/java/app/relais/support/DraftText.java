package app.relais.support;

import app.relais.drafting.DraftEmail;
import app.relais.i18n.Messages;

/**
 * The draft as the user reads it in the chat: recipient, subject, then the body, ready to copy.
 * The headers are in the draft's language ("To:", "Subject:" for an English request even in a
 * French chat): they are copied with it.
 */
final class DraftText {

    private DraftText() {
    }

    static String render(DraftEmail draft) {
        Messages texts = Messages.of(draft.language());
        StringBuilder text = new StringBuilder();
        if (draft.to() != null) {
            text.append(texts.get("draft.label.to", draft.to())).append('\n');
        }
        text.append(texts.get("draft.label.subject", draft.subject())).append("\n\n").append(draft.body());
        return text.toString();
    }
}
