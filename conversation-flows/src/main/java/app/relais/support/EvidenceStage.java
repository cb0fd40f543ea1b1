package app.relais.support;

import app.relais.catalog.EvidenceItem;
import app.relais.catalog.EvidenceType;
import app.relais.catalog.Problem;
import app.relais.conversation.Inbound;
import app.relais.dossier.EvidenceEntry;
import app.relais.dossier.Validation;
import app.relais.dossier.ValidationContext;
import app.relais.engine.Turn;
import app.relais.offscript.Awaiting;
import app.relais.offscript.Intent;
import app.relais.offscript.Pending;
import app.relais.files.StoredFile;
import java.util.List;

/**
 * EVIDENCE: one step per item the problem needs, each checked as it is typed ({@link ItemInput}),
 * optional ones skippable, progress shown ("2/5"). Going back steps through the items before
 * leaving the stage; what was typed stays and is offered again. Files sent while another item is
 * asked are filed under the first file item.
 */
final class EvidenceStage implements Pending {

    private final SupportServices services;
    private final ItemInput input;

    EvidenceStage(SupportServices services) {
        this.services = services;
        this.input = new ItemInput(services, "dossier.evidence.");
    }

    @Override
    public void enter(Turn turn) {
        Problem problem = services.problem(turn);
        fileEarlyArrivals(problem, turn);
        input.reset(turn);
        if (SupportEvent.BACK.name().equals(turn.arrivedBy())) {
            turn.update(d -> d.withEvidenceIndex(problem.evidence().size() - 1).withStep("item"));
        } else {
            turn.update(d -> d.withEvidenceIndex(0).withStep("item"));
            turn.say(turn.t("evidence.intro", problem.evidence().size()));
            if (EarlyDetails.pass(problem.evidence().get(0), turn)) {
                advance(turn);
                return;
            }
        }
        prompt(turn);
    }

    @Override
    public void prompt(Turn turn) {
        Problem problem = services.problem(turn);
        EvidenceItem item = currentItem(turn);
        String heading = turn.t("evidence.progress", turn.data().evidenceIndex() + 1, problem.evidence().size(),
                item.label().in(turn.texts().locale()));
        input.ask(item, heading, turn, List.of(Choices.back(turn)));
    }

    @Override
    public void handle(Turn turn) {
        EvidenceItem item = currentItem(turn);
        ItemInput.Result result = input.handle(item, turn, () -> prompt(turn));
        if (result == ItemInput.Result.SETTLED) {
            advance(turn);
        } else if (result == ItemInput.Result.NOT_FOR_THIS_ITEM) {
            fileForLater((Inbound.Attachment) turn.inbound(), turn);
        }
    }

    @Override
    public Awaiting awaiting(Turn turn) {
        return ItemInput.awaiting(currentItem(turn), input, turn);
    }

    /** "passer", "je l’ai pas", "je sais pas" leave the item out; "oui" / "non" confirm a date. */
    @Override
    public boolean react(Intent intent, Turn turn) {
        EvidenceItem item = currentItem(turn);
        ItemInput.Result result = input.react(item, intent, turn, () -> prompt(turn));
        if (result == null) {
            return false;
        }
        if (result == ItemInput.Result.SETTLED) {
            advance(turn);
        }
        return true;
    }

    @Override
    public void back(Turn turn) {
        if (input.midway(turn)) {
            input.reset(turn);
            prompt(turn);
            return;
        }
        int index = turn.data().evidenceIndex();
        if (index == 0) {
            turn.fire(SupportEvent.BACK.name());
            return;
        }
        turn.update(d -> d.withEvidenceIndex(index - 1));
        prompt(turn);
    }

    private void fileForLater(Inbound.Attachment files, Turn turn) {
        EvidenceItem target = firstFileItem(turn);
        if (target == null) {
            turn.say(turn.t("evidence.file.not-needed"));
            prompt(turn);
            return;
        }
        EvidenceEntry entry = turn.data().evidence().getOrDefault(target.id(), EvidenceEntry.empty(target.id(), turn.now()));
        turn.update(d -> d.withEvidence(entry.withFiles(files.fileIds(), turn.now())));
        List<String> names = files.fileIds().stream()
                .map(id -> services.files().find(id).map(StoredFile::name).orElse(id)).toList();
        turn.say(turn.t("evidence.file.filed-for-later", String.join(", ", names), target.label().in(turn.texts().locale())));
        prompt(turn);
    }

    private void advance(Turn turn) {
        List<EvidenceItem> items = services.problem(turn).evidence();
        int next = turn.data().evidenceIndex() + 1;
        while (next < items.size() && (derived(items.get(next), turn) || EarlyDetails.pass(items.get(next), turn))) {
            next++;
        }
        if (next >= items.size()) {
            turn.fire(SupportEvent.EVIDENCE_DONE.name());
            return;
        }
        int index = next;
        turn.update(d -> d.withEvidenceIndex(index));
        prompt(turn);
    }

    /**
     * Fills an item read from an earlier link (the event id from the event's link) and says so,
     * instead of asking what the person already gave; true when it did.
     */
    private boolean derived(EvidenceItem item, Turn turn) {
        EvidenceEntry source = item.derivedFrom() == null ? null : turn.data().evidence().get(item.derivedFrom());
        EvidenceEntry own = turn.data().evidence().get(item.id());
        if (source == null || source.reference() == null || !source.reference().contains(":") || own != null && own.answered()) {
            return false;
        }
        String id = source.reference().substring(source.reference().indexOf(':') + 1);
        ValidationContext context = new ValidationContext(List.of(), turn.texts().locale(), turn.now(), services.zone());
        if (!(services.validators().validate(item.type(), id, context) instanceof Validation.Valid valid)) {
            return false;
        }
        turn.update(d -> d.withEvidence(EvidenceEntry.valid(item.id(), valid, turn.now())));
        var locale = turn.texts().locale();
        String from = services.problem(turn).evidence().stream().filter(i -> i.id().equals(item.derivedFrom()))
                .findFirst().map(i -> i.label().in(locale)).orElse(item.derivedFrom());
        turn.say(turn.t("evidence.derived", item.label().in(locale), valid.display(), from));
        return true;
    }

    private EvidenceItem currentItem(Turn turn) {
        List<EvidenceItem> items = services.problem(turn).evidence();
        return items.get(Math.min(turn.data().evidenceIndex(), items.size() - 1));
    }

    private EvidenceItem firstFileItem(Turn turn) {
        return services.problem(turn).evidence().stream().filter(i -> i.type() == EvidenceType.FILE).findFirst().orElse(null);
    }

    private void fileEarlyArrivals(Problem problem, Turn turn) {
        List<String> early = EarlyFiles.take(turn.data().answer(EarlyFiles.KEY));
        EvidenceItem target = firstFileItem(turn);
        if (early.isEmpty() || target == null) {
            return;
        }
        EvidenceEntry entry = turn.data().evidence().getOrDefault(target.id(), EvidenceEntry.empty(target.id(), turn.now()));
        turn.update(d -> d.withEvidence(entry.withFiles(early, turn.now())).withAnswer(EarlyFiles.KEY, null));
    }
}
