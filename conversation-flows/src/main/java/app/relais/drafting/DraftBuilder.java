package app.relais.drafting;

import app.relais.catalog.EvidenceItem;
import app.relais.catalog.EvidenceType;
import app.relais.catalog.Problem;
import app.relais.catalog.Severity;
import app.relais.catalog.SupportChannel;
import app.relais.dossier.EvidenceEntry;
import app.relais.files.FileStore;
import app.relais.files.StoredFile;
import app.relais.i18n.Messages;
import app.relais.store.CaseData;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Composes the request from the catalog's problem, the dossier and the answers, in the structure
 * that gets answers: a subject naming the problem and its key identifier, who is writing, the
 * facts in order with their dates, the identifiers an agent needs, the impact, the outcome wanted,
 * a courteous conclusion and the list of attachments. Sections the user rewrote are taken exactly
 * as they wrote them; the others are generated in the draft's language with the tone of the
 * problem's severity.
 */
public final class DraftBuilder {

    public static final String ROLE = "role";
    /** The role button the user tapped, so the introduction can be written in either language. */
    public static final String ROLE_CHOICE = "role.choice";
    public static final String FACTS = "facts";
    public static final String IMPACT = "impact";
    public static final String OUTCOME = "outcome";
    /** The index of the catalog outcome the user tapped, for the same reason. */
    public static final String OUTCOME_CHOICE = "outcome.choice";

    private final FileStore files;

    public DraftBuilder(FileStore files) {
        this.files = files;
    }

    /** The draft in the language the user chose for it (the chat's language until they choose). */
    public DraftEmail build(Problem problem, CaseData data) {
        return build(problem, data, Messages.of(DraftLanguage.of(data)));
    }

    /** The draft in the language of {@code texts}. */
    public DraftEmail build(Problem problem, CaseData data, Messages texts) {
        Tone tone = Tone.of(problem.severity());
        Map<DraftSection, String> sections = new EnumMap<>(DraftSection.class);
        sections.put(DraftSection.SUBJECT, subject(problem, data, texts));
        sections.put(DraftSection.INTRODUCTION, introduction(problem, data, texts, tone));
        sections.put(DraftSection.FACTS, facts(problem, data, texts));
        sections.put(DraftSection.IDENTIFIERS, identifiers(problem, data, texts));
        sections.put(DraftSection.IMPACT, texts.get("draft.impact." + tone.key(), orMissing(data.answer(IMPACT), texts)));
        sections.put(DraftSection.OUTCOME, texts.get("draft.outcome." + tone.key(), outcome(problem, data, texts)));
        sections.put(DraftSection.CONCLUSION, texts.get("draft.conclusion." + tone.key()));
        for (DraftSection section : DraftSection.values()) {
            String rewritten = data.answer(section.answerKey());
            if (rewritten != null) {
                // Kept as typed; only the subject is folded to one line, because it becomes a header.
                sections.put(section, section == DraftSection.SUBJECT
                        ? HeaderText.oneLine(rewritten, HeaderText.MAX_SUBJECT) : rewritten);
            }
        }
        String to = problem.emailChannel().map(SupportChannel::address).orElse(null);
        return new DraftEmail(to, sections, attachments(problem, data), texts.language(), tone);
    }

    private String subject(Problem problem, CaseData data, Messages texts) {
        String subject = problem.subject().in(texts.locale());
        String key = keyIdentifier(problem, data, texts.locale());
        if (key != null) {
            subject = texts.get("draft.subject.with-identifier", subject, key);
        }
        if (problem.severity() == Severity.CRITICAL) {
            subject = texts.get("draft.subject.urgent", subject);
        }
        return HeaderText.oneLine(subject, HeaderText.MAX_SUBJECT);
    }

    /** The catalog's subject evidence, else the first link, id or phone number the dossier holds. */
    private static String keyIdentifier(Problem problem, CaseData data, Locale locale) {
        for (EvidenceItem item : problem.evidence()) {
            boolean named = item.id().equals(problem.subjectEvidence());
            boolean identifying = problem.subjectEvidence() == null && (item.type() == EvidenceType.URL
                    || item.type() == EvidenceType.ID || item.type() == EvidenceType.PHONE);
            EvidenceEntry entry = data.evidence().get(item.id());
            if ((named || identifying) && entry != null && entry.value() != null && !entry.skipped()) {
                return EvidenceText.format(item.type(), entry.value(), locale);
            }
        }
        return null;
    }

    private static String introduction(Problem problem, CaseData data, Messages texts, Tone tone) {
        String choice = data.answer(ROLE_CHOICE);
        String role = choice != null && texts.has("draft.role." + choice)
                ? texts.get("draft.role." + choice) : orMissing(data.answer(ROLE), texts);
        return texts.get("draft.greeting") + "\n\n"
                + texts.get("draft.introduction." + tone.key(), role, problem.label().in(texts.locale()));
    }

    /** The dated evidence first, oldest first, then the story in the user's words. */
    private static String facts(Problem problem, CaseData data, Messages texts) {
        record Dated(OffsetDateTime at, String line) {
        }
        List<Dated> dated = new ArrayList<>();
        for (EvidenceItem item : problem.evidence()) {
            EvidenceEntry entry = data.evidence().get(item.id());
            if (item.type() == EvidenceType.DATETIME && entry != null && entry.value() != null && !entry.skipped()) {
                dated.add(new Dated(EvidenceText.instant(entry.value()).orElse(OffsetDateTime.MAX),
                        line(item, EvidenceText.format(item.type(), entry.value(), texts.locale()), texts)));
            }
        }
        dated.sort(Comparator.comparing(Dated::at));
        StringBuilder facts = new StringBuilder(texts.get("draft.facts.heading"));
        dated.forEach(d -> facts.append('\n').append(d.line()));
        String story = data.answer(FACTS);
        facts.append("\n\n").append(story == null || story.isBlank() ? texts.get("draft.not-available") : story.strip());
        return facts.toString();
    }

    /** Links, ids, phone numbers, addresses and described details: what an agent looks the case up by. */
    private static String identifiers(Problem problem, CaseData data, Messages texts) {
        StringBuilder block = new StringBuilder();
        for (EvidenceItem item : problem.evidence()) {
            EvidenceEntry entry = data.evidence().get(item.id());
            if (entry == null || item.type() == EvidenceType.FILE || item.type() == EvidenceType.DATETIME) {
                continue;
            }
            String value = entry.skipped() || entry.value() == null ? texts.get("draft.not-available")
                    : EvidenceText.format(item.type(), entry.value(), texts.locale());
            block.append('\n').append(line(item, value, texts));
        }
        return block.isEmpty() ? "" : texts.get("draft.identifiers.heading") + block;
    }

    private static String line(EvidenceItem item, String value, Messages texts) {
        return texts.get("draft.item", item.label().in(texts.locale()), value);
    }

    private static String outcome(Problem problem, CaseData data, Messages texts) {
        String choice = data.answer(OUTCOME_CHOICE);
        if (choice != null && choice.matches("\\d{1,3}") && Integer.parseInt(choice) < problem.outcomes().size()) {
            return problem.outcomes().get(Integer.parseInt(choice)).in(texts.locale());
        }
        return orMissing(data.answer(OUTCOME), texts);
    }

    private List<StoredFile> attachments(Problem problem, CaseData data) {
        List<StoredFile> attached = new ArrayList<>();
        for (EvidenceItem item : problem.evidence()) {
            EvidenceEntry entry = data.evidence().get(item.id());
            if (entry != null) {
                entry.fileIds().forEach(id -> files.find(id).ifPresent(attached::add));
            }
        }
        return attached;
    }

    private static String orMissing(String text, Messages texts) {
        return text == null || text.isBlank() ? texts.get("draft.not-available") : text.strip();
    }
}
