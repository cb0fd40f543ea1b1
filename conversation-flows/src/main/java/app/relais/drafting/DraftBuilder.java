package app.relais.drafting;

import app.relais.catalog.EvidenceItem;
import app.relais.catalog.EvidenceType;
import app.relais.catalog.Problem;
import app.relais.catalog.Severity;
import app.relais.dossier.EvidenceEntry;
import app.relais.files.FileStore;
import app.relais.files.StoredFile;
import app.relais.i18n.Messages;
import app.relais.store.CaseData;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Composes the request from the catalog's problem, the dossier and the answers. Sections the user
 * rewrote are taken as they wrote them; the others are generated in the draft's language with the
 * tone of the problem's severity.
 */
public final class DraftBuilder {

    public static final String ROLE = "role";
    public static final String FACTS = "facts";
    public static final String IMPACT = "impact";
    public static final String OUTCOME = "outcome";

    private final FileStore files;

    public DraftBuilder(FileStore files) {
        this.files = files;
    }

    public DraftEmail build(Problem problem, CaseData data, Messages texts) {
        Map<DraftSection, String> sections = new EnumMap<>(DraftSection.class);
        sections.put(DraftSection.SUBJECT, subject(problem, data, texts));
        sections.put(DraftSection.INTRODUCTION, introduction(problem, data, texts));
        sections.put(DraftSection.FACTS, facts(problem, data, texts));
        sections.put(DraftSection.IMPACT, texts.get("draft.impact", orDash(data.answer(IMPACT), texts)));
        sections.put(DraftSection.OUTCOME, texts.get("draft.outcome", orDash(data.answer(OUTCOME), texts)));
        sections.put(DraftSection.CONCLUSION, texts.get("draft.conclusion." + tone(problem)));
        for (DraftSection section : DraftSection.values()) {
            String rewritten = data.answer(section.answerKey());
            if (rewritten != null) {
                sections.put(section, section == DraftSection.SUBJECT
                        ? HeaderText.oneLine(rewritten, HeaderText.MAX_SUBJECT) : rewritten);
            }
        }
        String to = problem.emailChannel().map(c -> c.address()).orElse(null);
        return new DraftEmail(to, sections, attachmentNames(problem, data), texts.get("draft.attachments"));
    }

    private String subject(Problem problem, CaseData data, Messages texts) {
        String subject = problem.subject().in(texts.locale());
        if (problem.subjectEvidence() != null) {
            EvidenceEntry key = data.evidence().get(problem.subjectEvidence());
            if (key != null && key.value() != null) {
                subject = subject + " - " + key.value();
            }
        }
        if (problem.severity() == Severity.CRITICAL) {
            subject = texts.get("draft.subject.urgent") + " " + subject;
        }
        return HeaderText.oneLine(subject, HeaderText.MAX_SUBJECT);
    }

    private String introduction(Problem problem, CaseData data, Messages texts) {
        String role = orDash(data.answer(ROLE), texts);
        return texts.get("draft.greeting") + "\n\n"
                + texts.get("draft.introduction." + tone(problem), role, problem.label().in(texts.locale()));
    }

    private String facts(Problem problem, CaseData data, Messages texts) {
        StringBuilder facts = new StringBuilder(texts.get("draft.facts.heading")).append('\n');
        List<String> lines = new ArrayList<>();
        for (EvidenceItem item : problem.evidence()) {
            EvidenceEntry entry = data.evidence().get(item.id());
            if (entry == null || item.type() == EvidenceType.FILE) {
                continue;
            }
            String value = entry.skipped() ? texts.get("draft.not-available") : entry.value();
            String line = "- " + item.label().in(texts.locale()) + " : " + value;
            if (item.type() == EvidenceType.DATETIME) {
                lines.add(0, line);
            } else {
                lines.add(line);
            }
        }
        lines.forEach(l -> facts.append(l.replace(" : ", texts.language().equals("en") ? ": " : " : ")).append('\n'));
        String story = data.answer(FACTS);
        if (story != null) {
            facts.append('\n').append(story.strip());
        }
        return facts.toString().strip();
    }

    private List<String> attachmentNames(Problem problem, CaseData data) {
        List<String> names = new ArrayList<>();
        for (EvidenceItem item : problem.evidence()) {
            EvidenceEntry entry = data.evidence().get(item.id());
            if (entry != null) {
                for (String id : entry.fileIds()) {
                    files.find(id).map(StoredFile::name).ifPresent(names::add);
                }
            }
        }
        return names;
    }

    private static String tone(Problem problem) {
        return switch (problem.severity()) {
            case CRITICAL, HIGH -> "urgent";
            default -> "formal";
        };
    }

    private static String orDash(String text, Messages texts) {
        return text == null || text.isBlank() ? texts.get("draft.not-available") : text.strip();
    }
}
