package app.relais.support;

import app.relais.conversation.Choice;
import app.relais.conversation.Inbound;
import app.relais.drafting.DraftLanguage;
import app.relais.engine.Turn;

/**
 * The button that writes the email in the other language, offered at REVIEW and DELIVER. The
 * chat's language does not change: someone may chat in French and write to an English-speaking
 * support team. What the user wrote themselves stays as written.
 */
final class LanguageSwitch {

    static final String PREFIX = "draft-lang:";

    private LanguageSwitch() {
    }

    static Choice choice(Turn turn) {
        String other = DraftLanguage.other(DraftLanguage.of(turn.data()));
        return new Choice(PREFIX + other, turn.t("draft.language.switch." + other));
    }

    /** Switches when the input is this button; true when it was. */
    static boolean handle(Turn turn) {
        if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().startsWith(PREFIX)) {
            String language = choice.choiceId().substring(PREFIX.length());
            if (language.equals("fr") || language.equals("en")) {
                turn.update(d -> d.withAnswer(DraftLanguage.ANSWER, language));
                turn.say(turn.t("draft.language.done." + language));
                return true;
            }
        }
        return false;
    }
}
