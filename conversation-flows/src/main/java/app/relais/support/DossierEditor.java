package app.relais.support;

import app.relais.catalog.EvidenceItem;
import app.relais.conversation.Choice;
import app.relais.engine.Stage;
import app.relais.engine.Turn;
import app.relais.offscript.Awaiting;
import app.relais.offscript.Intent;
import app.relais.offscript.Pending;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Corrects or completes one dossier item from any stage, as an overlay: the state machine does
 * not move; while {@link #EDITING} names an item, the engine hands input here instead of to the
 * current stage. When the item is settled (or the edit cancelled with /back or the cancel button),
 * the overlay clears itself and the current stage asks its question again: the user is back
 * where they were, with nothing they typed lost.
 */
final class DossierEditor implements Pending {

    static final String EDITING = "dossier.editing";
    static final String CANCEL = "cmd:dossier close";

    private final SupportServices services;
    private final Map<SupportState, Stage> stages;
    private final ItemInput input;

    DossierEditor(SupportServices services, Map<SupportState, Stage> stages) {
        this.services = services;
        this.stages = stages;
        this.input = new ItemInput(services, "dossier.edit.");
    }

    /** The item being edited, when an edit is under way and still makes sense. */
    Optional<EvidenceItem> editing(Turn turn) {
        String id = turn.data().answer(EDITING);
        if (id == null || turn.data().problem() == null) {
            return Optional.empty();
        }
        return services.problem(turn).evidence().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    void start(EvidenceItem item, Turn turn) {
        input.reset(turn);
        turn.update(d -> d.withAnswer(EDITING, item.id()).withFailures(0));
        prompt(turn);
    }

    @Override
    public void enter(Turn turn) {
        prompt(turn);
    }

    @Override
    public void prompt(Turn turn) {
        editing(turn).ifPresent(item -> input.ask(item, turn.t("dossier.edit.heading", item.label().in(turn.texts().locale())),
                turn, List.of(new Choice(CANCEL, turn.t("dossier.edit.cancel")))));
    }

    @Override
    public void handle(Turn turn) {
        EvidenceItem item = editing(turn).orElse(null);
        if (item == null) {
            underlying(turn).handle(turn);
            return;
        }
        ItemInput.Result result = input.handle(item, turn, () -> prompt(turn));
        if (result == ItemInput.Result.SETTLED) {
            finish(turn, "dossier.edit.done", item);
        } else if (result == ItemInput.Result.NOT_FOR_THIS_ITEM) {
            turn.say(turn.t("dossier.edit.file-elsewhere"));
            prompt(turn);
        }
    }

    @Override
    public Awaiting awaiting(Turn turn) {
        return editing(turn).map(item -> ItemInput.awaiting(item, input, turn)).orElse(Awaiting.CHOICE);
    }

    @Override
    public boolean react(Intent intent, Turn turn) {
        EvidenceItem item = editing(turn).orElse(null);
        ItemInput.Result result = item == null ? null : input.react(item, intent, turn, () -> prompt(turn));
        if (result == ItemInput.Result.SETTLED) {
            finish(turn, "dossier.edit.done", item);
        }
        return result != null;
    }

    /** /back while editing cancels the edit, keeping the item as it was. */
    @Override
    public void back(Turn turn) {
        cancel(turn);
    }

    void cancel(Turn turn) {
        editing(turn).ifPresentOrElse(item -> finish(turn, "dossier.edit.cancelled", item), () -> underlying(turn).prompt(turn));
    }

    private void finish(Turn turn, String key, EvidenceItem item) {
        input.reset(turn);
        turn.update(d -> d.withAnswer(EDITING, null).withFailures(0));
        turn.say(turn.t(key, item.label().in(turn.texts().locale())));
        underlying(turn).prompt(turn);
    }

    private Stage underlying(Turn turn) {
        return stages.get(SupportState.valueOf(turn.state()));
    }
}
