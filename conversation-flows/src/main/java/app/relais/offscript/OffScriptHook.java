package app.relais.offscript;

import app.relais.catalog.Catalog;
import app.relais.conversation.Choice;
import app.relais.conversation.Inbound;
import app.relais.conversation.Reply;
import app.relais.engine.Flow;
import app.relais.engine.Stage;
import app.relais.engine.Turn;
import app.relais.engine.TurnHook;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Answers what people say instead of answering, at every step of every flow, just before the
 * current stage would read it as an answer (after global commands, and after the hand-off hook,
 * which keeps the bot silent while an agent owns the conversation). The stage may act on the
 * intent itself (skip an evidence item, take "non" as a no); otherwise the intent's reply is
 * said, and the pending question asked again: no step is lost, nothing collected changes.
 */
public final class OffScriptHook implements TurnHook {

    private static final String RESTART = "cmd:restart";

    private final Recognizer recognizer;
    private final Details details;
    private final BiConsumer<Turn, Flow> human;

    /** {@code human} opens a hand-off as /human does (the hand-off hook's own path). */
    public OffScriptHook(Intents intents, Catalog catalog, BiConsumer<Turn, Flow> human) {
        this.recognizer = new Recognizer(intents);
        this.details = new Details(catalog, intents.senders());
        this.human = human;
    }

    @Override
    public boolean instead(Turn turn, Flow flow, Stage stage) {
        if (!(turn.inbound() instanceof Inbound.Text text) || text.text().isBlank() || turn.hadSecret()) {
            // A message that held a password already got the engine's warning (never give it to
            // anyone): "mon mdp c’est ••••••" read as a question about a code would say it twice.
            return false;
        }
        Pending pending = stage instanceof Pending p ? p : null;
        Awaiting awaiting = pending == null ? Awaiting.CHOICE : pending.awaiting(turn);
        Optional<Recognizer.Recognition> read = recognizer.read(text.text(), awaiting);
        if (read.isEmpty()) {
            return false;
        }
        Intent intent = read.get().intent();
        if (!intent.heardIn(turn.flow()) || turn.readingHandedOver() && intent.action() != IntentAction.ANSWER) {
            return false;
        }
        if (pending != null && pending.react(intent, turn)) {
            return true;
        }
        switch (intent.action()) {
            case HUMAN -> human.accept(turn, flow);
            case ANSWER, SKIP, RESTART -> {
                say(intent, text.text(), awaiting, turn);
                if (pending != null) {
                    pending.reask(turn);
                } else {
                    stage.prompt(turn);
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void say(Intent intent, String typed, Awaiting awaiting, Turn turn) {
        StringBuilder text = new StringBuilder(turn.t(intent.replyKey(turn.flow(), turn.state(), awaiting)));
        Reply reply;
        if (intent.detail() != null) {
            Details.Said detail = details.of(intent.detail(), typed, turn);
            if (!detail.text().isBlank()) {
                text.append("\n\n").append(detail.text());
            }
            reply = Reply.text(text.toString()).withLinks(detail.links());
        } else {
            reply = Reply.text(text.toString());
        }
        if (intent.action() == IntentAction.RESTART) {
            reply = reply.withChoices(List.of(new Choice(RESTART, turn.t("offscript.restart.button"))));
        }
        turn.say(reply);
    }
}
