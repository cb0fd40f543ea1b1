package app.relais.support;

import app.relais.catalog.EvidenceItem;
import app.relais.catalog.EvidenceType;
import app.relais.catalog.Problem;
import app.relais.dossier.EvidenceEntry;
import app.relais.dossier.Validation;
import app.relais.dossier.ValidationContext;
import app.relais.engine.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An address or a link typed before the dossier asks for it ("jeanne.martin@gmail.com" in answer
 * to "On commence ?"): filed at once with the item it answers, which the dossier then does not
 * ask again. Only kinds a sentence cannot be mistaken for are read this early.
 */
final class EarlyDetails {

    /** The ids of the items filled this way, comma-separated, until the dossier passes them. */
    static final String KEY = "early.items";
    private static final Set<EvidenceType> READ_EARLY = Set.of(EvidenceType.EMAIL, EvidenceType.URL);

    private EarlyDetails() {
    }

    /** Files what {@code text} answers among the problem's items not answered yet; returns what it noted, shown. */
    static List<String> keep(String text, Problem problem, SupportServices services, Turn turn) {
        List<String> noted = new ArrayList<>();
        if (text.length() > 500) {
            return noted;
        }
        List<String> filled = new ArrayList<>(ids(turn.data().answer(KEY)));
        var domains = services.catalog().platform(problem.platform()).orElseThrow().domains();
        for (EvidenceItem item : problem.evidence()) {
            EvidenceEntry own = turn.data().evidence().get(item.id());
            if (!READ_EARLY.contains(item.type()) || own != null && own.answered()) {
                continue;
            }
            ValidationContext context = new ValidationContext(domains, turn.texts().locale(), null, turn.now(),
                    services.zone(), item.options());
            Validation checked = services.validators().ofKind(services.validators().validate(item.type(), text, context),
                    item.linkKinds());
            if (checked instanceof Validation.Valid valid) {
                turn.update(d -> d.withEvidence(EvidenceEntry.valid(item.id(), valid, turn.now())));
                filled.add(item.id());
                noted.add(turn.t("advice.kept.item", item.label().in(turn.texts().locale()), valid.display()));
            }
        }
        turn.update(d -> d.withAnswer(KEY, filled.isEmpty() ? null : String.join(",", filled)));
        return noted;
    }

    /**
     * When {@code item} was filled early and the dossier reaches it for the first time: says what
     * was kept and returns true, so that the dossier goes on to the next item.
     */
    static boolean pass(EvidenceItem item, Turn turn) {
        List<String> left = new ArrayList<>(ids(turn.data().answer(KEY)));
        EvidenceEntry entry = turn.data().evidence().get(item.id());
        if (!left.remove(item.id())) {
            return false;
        }
        turn.update(d -> d.withAnswer(KEY, left.isEmpty() ? null : String.join(",", left)));
        if (entry == null || !entry.answered()) {
            return false;
        }
        turn.say(turn.t("evidence.early", item.label().in(turn.texts().locale()), entry.shown()));
        return true;
    }

    static List<String> ids(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split(","));
    }
}
