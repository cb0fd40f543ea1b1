package app.relais.support;

import app.relais.catalog.EvidenceItem;
import app.relais.catalog.EvidenceType;
import app.relais.catalog.Problem;
import app.relais.conversation.Choice;
import app.relais.conversation.Expects;
import app.relais.conversation.Inbound;
import app.relais.conversation.Reply;
import app.relais.dossier.EvidenceEntry;
import app.relais.dossier.Validation;
import app.relais.dossier.ValidationContext;
import app.relais.engine.Stage;
import app.relais.engine.Turn;
import app.relais.files.StoredFile;
import java.util.ArrayList;
import java.util.List;

/**
 * EVIDENCE: one step per item the problem needs, each checked as it is typed, optional ones
 * skippable, progress shown ("2/5"). Going back steps through the items before leaving the stage;
 * what was typed stays and is offered again.
 */
final class EvidenceStage implements Stage {

    static final int FAILURES_BEFORE_ESCAPE = 3;

    private final SupportServices services;

    EvidenceStage(SupportServices services) {
        this.services = services;
    }

    @Override
    public void enter(Turn turn) {
        Problem problem = services.problem(turn);
        fileEarlyArrivals(problem, turn);
        if (SupportEvent.BACK.name().equals(turn.arrivedBy())) {
            turn.update(d -> d.withEvidenceIndex(problem.evidence().size() - 1).withStep("item"));
        } else {
            turn.update(d -> d.withEvidenceIndex(0).withStep("item"));
            turn.say(turn.t("evidence.intro", problem.evidence().size()));
        }
        prompt(turn);
    }

    @Override
    public void prompt(Turn turn) {
        Problem problem = services.problem(turn);
        int index = turn.data().evidenceIndex();
        EvidenceItem item = problem.evidence().get(index);
        var locale = turn.texts().locale();
        StringBuilder text = new StringBuilder(turn.t("evidence.progress", index + 1, problem.evidence().size(),
                item.label().in(locale)));
        text.append('\n').append(item.hint().in(locale));
        EvidenceEntry current = turn.data().evidence().get(item.id());
        List<Choice> choices = new ArrayList<>();
        if (item.type() == EvidenceType.FILE) {
            text.append('\n').append(turn.t("evidence.file.limit"));
            if (current != null && !current.fileIds().isEmpty()) {
                text.append('\n').append(turn.t("evidence.file.have", current.fileIds().size()));
                choices.add(new Choice(Choices.DONE, turn.t("evidence.done")));
            }
        } else if (current != null && current.value() != null) {
            text.append('\n').append(turn.t("evidence.current", current.value()));
            choices.add(new Choice(Choices.DONE, turn.t("evidence.keep")));
        }
        if (!item.required()) {
            choices.add(new Choice(Choices.SKIP, turn.t("evidence.skip")));
        } else if (turn.data().failures() >= FAILURES_BEFORE_ESCAPE) {
            choices.add(new Choice(Choices.DONT_HAVE, turn.t("evidence.dont-have")));
        }
        choices.add(Choices.back(turn));
        Expects expects = item.type() == EvidenceType.FILE ? Expects.FILE : Expects.TEXT;
        turn.say(new Reply(text.toString(), choices, List.of(), List.of(), expects));
    }

    @Override
    public void handle(Turn turn) {
        EvidenceItem item = currentItem(turn);
        if (turn.inbound() instanceof Inbound.Attachment files) {
            receiveFiles(item, files, turn);
        } else if (turn.inbound() instanceof Inbound.Choice choice) {
            chose(item, choice.choiceId(), turn);
        } else if (turn.inbound() instanceof Inbound.Text text) {
            typed(item, text.text(), turn);
        } else {
            prompt(turn);
        }
    }

    @Override
    public void back(Turn turn) {
        int index = turn.data().evidenceIndex();
        if (index == 0) {
            turn.fire(SupportEvent.BACK.name());
            return;
        }
        turn.update(d -> d.withEvidenceIndex(index - 1));
        prompt(turn);
    }

    private void typed(EvidenceItem item, String text, Turn turn) {
        if (item.type() == EvidenceType.FILE) {
            turn.say(turn.t("evidence.file.expected"));
            prompt(turn);
            return;
        }
        Problem problem = services.problem(turn);
        var domains = services.catalog().platform(problem.platform()).orElseThrow().domains();
        var context = new ValidationContext(domains, turn.texts().locale(), turn.now(), services.zone());
        Validation result = services.validators().validate(item.type(), text, context);
        if (result instanceof Validation.Valid valid) {
            turn.update(d -> d.withEvidence(EvidenceEntry.value(item.id(), valid.value(), turn.now())));
            turn.say(turn.t("evidence.noted", valid.display()));
            advance(turn);
        } else if (result instanceof Validation.Invalid invalid) {
            turn.update(d -> d.withFailures(d.failures() + 1));
            turn.say(turn.t(invalid.messageKey(), invalid.args().toArray()));
            prompt(turn);
        }
    }

    private void receiveFiles(EvidenceItem item, Inbound.Attachment files, Turn turn) {
        EvidenceItem target = item.type() == EvidenceType.FILE ? item : firstFileItem(turn);
        if (target == null) {
            turn.say(turn.t("evidence.file.not-needed"));
            prompt(turn);
            return;
        }
        EvidenceEntry entry = turn.data().evidence().getOrDefault(target.id(), new EvidenceEntry(target.id(), null, List.of(), false, turn.now()));
        turn.update(d -> d.withEvidence(entry.withFiles(files.fileIds(), turn.now())));
        List<String> names = files.fileIds().stream()
                .map(id -> services.files().find(id).map(StoredFile::name).orElse(id)).toList();
        if (target != item) {
            turn.say(turn.t("evidence.file.filed-for-later", String.join(", ", names), target.label().in(turn.texts().locale())));
            prompt(turn);
            return;
        }
        turn.say(Reply.choose(turn.t("evidence.file.received", String.join(", ", names)), List.of(
                new Choice(Choices.DONE, turn.t("evidence.done")))).expecting(Expects.FILE));
    }

    private void chose(EvidenceItem item, String id, Turn turn) {
        EvidenceEntry current = turn.data().evidence().get(item.id());
        switch (id) {
            case Choices.SKIP -> {
                if (item.required()) {
                    prompt(turn);
                    return;
                }
                if (current == null || !current.answered()) {
                    turn.update(d -> d.withEvidence(EvidenceEntry.skipped(item.id(), turn.now())));
                }
                advance(turn);
            }
            case Choices.DONT_HAVE -> {
                turn.update(d -> d.withEvidence(EvidenceEntry.skipped(item.id(), turn.now())));
                advance(turn);
            }
            case Choices.DONE -> {
                if (current != null && current.answered()) {
                    advance(turn);
                } else {
                    prompt(turn);
                }
            }
            default -> prompt(turn);
        }
    }

    private void advance(Turn turn) {
        int next = turn.data().evidenceIndex() + 1;
        if (next >= services.problem(turn).evidence().size()) {
            turn.fire(SupportEvent.EVIDENCE_DONE.name());
            return;
        }
        turn.update(d -> d.withEvidenceIndex(next));
        prompt(turn);
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
        EvidenceEntry entry = turn.data().evidence().getOrDefault(target.id(), new EvidenceEntry(target.id(), null, List.of(), false, turn.now()));
        turn.update(d -> d.withEvidence(entry.withFiles(early, turn.now())).withAnswer(EarlyFiles.KEY, null));
    }
}
