package app.relais.bot.continuation;

import app.relais.conversation.Inbound;
import app.relais.conversation.Link;
import app.relais.conversation.Reply;
import app.relais.engine.Flow;
import app.relais.engine.Turn;
import app.relais.engine.TurnHook;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * {@code /continue}, on any channel and at any step: a link that opens the web chat on this same
 * conversation, with its dossier and draft (once, for {@link ContinuationLinks#VALID_FOR}). Nothing
 * in the conversation changes. Without {@code RELAIS_PUBLIC_URL} it says continuing on the web is
 * not available here rather than give a link that may lead nowhere. While an agent has taken the
 * conversation, the hand-off (which runs first) passes every message to the agent, this one too.
 */
final class ContinueHook implements TurnHook {

    static final String COMMAND = "continue";

    private final ContinuationLinks links;
    private final URI publicUrl;

    ContinueHook(ContinuationLinks links, URI publicUrl) {
        this.links = links;
        this.publicUrl = publicUrl;
    }

    @Override
    public boolean before(Turn turn, Flow flow) {
        if (!asked(turn.inbound())) {
            return false;
        }
        if (publicUrl == null) {
            turn.say(turn.t("continue.unavailable"));
            return true;
        }
        URI link = links.issue(turn.key(), publicUrl);
        turn.say(Reply.text(turn.t("continue.link", ContinuationLinks.VALID_FOR.toMinutes()))
                .withLinks(List.of(new Link(turn.t("continue.link.label"), link.toString()))));
        return true;
    }

    static boolean asked(Inbound inbound) {
        if (inbound instanceof Inbound.Command command) {
            return COMMAND.equals(command.name());
        }
        if (inbound instanceof Inbound.Text text) {
            String typed = text.text().strip().toLowerCase(Locale.ROOT);
            return typed.equals("/" + COMMAND) || typed.startsWith("/" + COMMAND + "@");
        }
        return inbound instanceof Inbound.Choice choice && choice.choiceId().equals("cmd:" + COMMAND);
    }
}
