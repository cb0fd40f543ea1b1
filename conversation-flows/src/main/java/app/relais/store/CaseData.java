package app.relais.store;

import app.relais.dossier.EvidenceEntry;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything a conversation has collected, immutable. {@code step} is the position inside the
 * current stage (e.g. which question of ROLE_AND_FACTS is pending); {@code answers} holds the
 * free-text answers and the user's rewrites of draft sections.
 */
public record CaseData(String locale,
                       String problem,
                       String candidate,
                       String step,
                       int evidenceIndex,
                       int failures,
                       Map<String, EvidenceEntry> evidence,
                       Map<String, String> answers,
                       Instant sentAt) {

    public CaseData {
        locale = locale == null ? "fr" : locale;
        step = step == null ? "" : step;
        evidence = evidence == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
        answers = answers == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    public static CaseData fresh(String locale) {
        return new CaseData(locale, null, null, "", 0, 0, Map.of(), Map.of(), null);
    }

    public CaseData withLocale(String value) {
        return new CaseData(value, problem, candidate, step, evidenceIndex, failures, evidence, answers, sentAt);
    }

    public CaseData withProblem(String value) {
        return new CaseData(locale, value, candidate, step, evidenceIndex, failures, evidence, answers, sentAt);
    }

    public CaseData withCandidate(String value) {
        return new CaseData(locale, problem, value, step, evidenceIndex, failures, evidence, answers, sentAt);
    }

    public CaseData withStep(String value) {
        return new CaseData(locale, problem, candidate, value, evidenceIndex, failures, evidence, answers, sentAt);
    }

    public CaseData withEvidenceIndex(int value) {
        return new CaseData(locale, problem, candidate, step, value, 0, evidence, answers, sentAt);
    }

    public CaseData withFailures(int value) {
        return new CaseData(locale, problem, candidate, step, evidenceIndex, value, evidence, answers, sentAt);
    }

    public CaseData withEvidence(EvidenceEntry entry) {
        var all = new LinkedHashMap<>(evidence);
        all.put(entry.itemId(), entry);
        return new CaseData(locale, problem, candidate, step, evidenceIndex, 0, all, answers, sentAt);
    }

    /** The dossier without what was given for one item (the user removed it). */
    public CaseData withoutEvidence(String itemId) {
        var all = new LinkedHashMap<>(evidence);
        all.remove(itemId);
        return new CaseData(locale, problem, candidate, step, evidenceIndex, 0, all, answers, sentAt);
    }

    public CaseData withAnswer(String key, String value) {
        var all = new HashMap<>(answers);
        if (value == null) {
            all.remove(key);
        } else {
            all.put(key, value);
        }
        return new CaseData(locale, problem, candidate, step, evidenceIndex, failures, evidence, all, sentAt);
    }

    public CaseData withSentAt(Instant value) {
        return new CaseData(locale, problem, candidate, step, evidenceIndex, failures, evidence, answers, value);
    }

    public String answer(String key) {
        return answers.get(key);
    }
}
