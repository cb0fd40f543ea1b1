package app.relais.support;

import app.relais.catalog.EvidenceItem;
import app.relais.catalog.EvidenceType;
import app.relais.catalog.Problem;
import app.relais.conversation.Choice;
import app.relais.conversation.FileRef;
import app.relais.conversation.Reply;
import app.relais.dossier.EvidenceEntry;
import app.relais.dossier.Story;
import app.relais.drafting.DraftBuilder;
import app.relais.drafting.DraftLanguage;
import app.relais.i18n.Messages;
import app.relais.engine.Turn;
import app.relais.files.StoredFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * /dossier in the support flow: what was collected, with progress ("3 sur 5"), a button to
 * correct or remove each item given, to provide one left out ("passé"), to add screenshots, to
 * download the archive, and to carry on where the user was. Its buttons come back as {@code cmd:dossier <action>}, so they work from any stage.
 */
final class DossierView {

    static final String EDIT = "edit:";
    static final String REMOVE = "remove:";
    static final String ADD = "add:";
    static final String ARCHIVE = "zip";
    static final String CLOSE = "close";
    private static final String COMMAND = "cmd:dossier ";

    private final SupportServices services;
    private final DossierEditor editor;

    DossierView(SupportServices services, DossierEditor editor) {
        this.services = services;
        this.editor = editor;
    }

    void act(String argument, Turn turn) {
        if (turn.data().problem() == null) {
            turn.say(turn.t("dossier.empty"));
            editor.cancel(turn);
            return;
        }
        String action = argument == null ? "" : argument.strip();
        Optional<EvidenceItem> item = item(action, turn);
        if ((action.startsWith(EDIT) || action.startsWith(ADD)) && item.isPresent()) {
            editor.start(item.get(), turn);
        } else if (action.startsWith(REMOVE) && item.isPresent()) {
            turn.update(d -> d.withoutEvidence(item.get().id()));
            turn.say(turn.t("dossier.removed", item.get().label().in(turn.texts().locale())));
            show(turn);
        } else if (action.equals(ARCHIVE)) {
            offerArchive(services, turn);
        } else if (action.equals(CLOSE)) {
            editor.cancel(turn);
        } else {
            show(turn);
        }
    }

    /** Builds the dossier archive and hands it over; nothing when the problem needs no evidence. */
    static void offerArchive(SupportServices services, Turn turn) {
        if (turn.data().problem() == null || services.problem(turn).evidence().isEmpty()) {
            return;
        }
        Problem problem = services.problem(turn);
        // The summary tells the request's story, in the request's language: it travels with it.
        Story story = turn.data().answer(DraftBuilder.FACTS) == null ? Story.NONE
                : services.drafts().story(problem, turn.data());
        StoredFile zip = services.archive().store(turn.inbound().key(), problem, turn.data().evidence(), story,
                Messages.of(DraftLanguage.of(turn.data())), services.zone(), turn.now());
        turn.say(Reply.text(turn.t("dossier.archive.ready"))
                .withFiles(List.of(new FileRef(zip.id(), zip.name(), zip.mime(), zip.size()))));
    }

    /** "événement 1234" for a reference {@code event:1234}; null when there is none. */
    static String reference(String reference, Turn turn) {
        if (reference == null || !reference.contains(":")) {
            return null;
        }
        String kind = reference.substring(0, reference.indexOf(':'));
        String id = reference.substring(reference.indexOf(':') + 1);
        return turn.texts().has("evidence.ref." + kind) ? turn.t("evidence.ref." + kind, id) : null;
    }

    /** The dossier as plain text (heading with progress, one line per item), e.g. for a human agent. */
    String summary(Turn turn) {
        if (turn.data().problem() == null) {
            return turn.t("dossier.empty");
        }
        Problem problem = services.problem(turn);
        var locale = turn.texts().locale();
        StringBuilder text = new StringBuilder(turn.t("dossier.heading", problem.label().in(locale), answered(turn),
                problem.evidence().size()));
        for (EvidenceItem item : problem.evidence()) {
            EvidenceEntry entry = turn.data().evidence().get(item.id());
            text.append("\n• ").append(turn.t("dossier.line", item.label().in(locale), describe(item, entry, turn)));
        }
        return text.toString();
    }

    private long answered(Turn turn) {
        return services.problem(turn).evidence().stream().map(i -> turn.data().evidence().get(i.id()))
                .filter(e -> e != null && e.answered()).count();
    }

    private void show(Turn turn) {
        Problem problem = services.problem(turn);
        var locale = turn.texts().locale();
        long answered = answered(turn);
        List<Choice> choices = new ArrayList<>();
        for (EvidenceItem item : problem.evidence()) {
            EvidenceEntry entry = turn.data().evidence().get(item.id());
            String label = item.label().in(locale);
            if (item.type() == EvidenceType.FILE) {
                choices.add(new Choice(COMMAND + ADD + item.id(), turn.t("dossier.button.add-files", label)));
            } else {
                choices.add(new Choice(COMMAND + EDIT + item.id(), turn.t(editLabel(entry), label)));
            }
            // Only what was given can be removed: a skipped item holds nothing, it can only be provided.
            if (entry != null && entry.answered()) {
                choices.add(new Choice(COMMAND + REMOVE + item.id(), turn.t("dossier.button.remove", label)));
            }
        }
        if (answered > 0) {
            choices.add(new Choice(COMMAND + ARCHIVE, turn.t("dossier.button.archive")));
        }
        choices.add(new Choice(COMMAND + CLOSE, turn.t("dossier.button.continue")));
        turn.say(Reply.choose(summary(turn), choices));
    }

    private static String editLabel(EvidenceEntry entry) {
        if (entry != null && entry.answered()) {
            return "dossier.button.edit";
        }
        return entry != null && entry.skipped() ? "dossier.button.provide" : "dossier.button.fill";
    }

    private String describe(EvidenceItem item, EvidenceEntry entry, Turn turn) {
        if (entry == null || !entry.answered() && !entry.skipped()) {
            return turn.t("dossier.missing");
        }
        if (entry.skipped()) {
            return turn.t("dossier.skipped");
        }
        if (!entry.fileIds().isEmpty()) {
            return String.join(", ", entry.fileIds().stream()
                    .map(id -> services.files().find(id).map(StoredFile::name).orElse("?")).toList());
        }
        String reference = reference(entry.reference(), turn);
        return entry.shown() + (reference == null ? "" : " (" + reference + ")");
    }

    private Optional<EvidenceItem> item(String action, Turn turn) {
        int colon = action.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String id = action.substring(colon + 1);
        return services.problem(turn).evidence().stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
