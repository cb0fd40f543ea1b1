package app.relais.drafting;

import app.relais.catalog.EvidenceItem;
import app.relais.catalog.EvidenceType;
import app.relais.catalog.Problem;
import app.relais.catalog.Severity;
import app.relais.catalog.SupportChannel;
import app.relais.dossier.EvidenceEntry;
import app.relais.dossier.Story;
import app.relais.files.FileStore;
import app.relais.i18n.Messages;
import app.relais.store.CaseData;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Composes the request from the catalog's problem, the dossier and the answers, in the structure
 * that gets answers: a subject naming the problem and its key identifier, who is writing and
 * about what, the facts in order with their dates, the details an agent needs, the impact, the
 * outcome wanted, a courteous conclusion with where to answer, the signature and the attachments.
 *
 * <p>Every part is a sentence in the letter's language and in the first person, composed rather
 * than pasted: the problem and the evidence under their {@code in_letter} names, the role as what
 * the person does ({@link Role}), dates in words ({@link LetterDate}), what is missing said
 * plainly ({@link EvidenceLines}), the person's own words (story, impact, a typed role or outcome)
 * as sentences of their own or after a colon, abbreviations written out ({@link Abbreviations}),
 * otherwise as they wrote them (evidence values, which may be identifiers, exactly). Sections the person
 * rewrote at the review are taken exactly as they wrote them.
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

    private final EvidenceLines evidence;

    public DraftBuilder(FileStore files) {
        this.evidence = new EvidenceLines(files);
        // Read the abbreviations file now, at start-up: a broken one stops the start, not a letter.
        Objects.requireNonNull(Abbreviations.STANDARD);
    }

    /** The draft in the language the user chose for it (the chat's language until they choose). */
    public DraftEmail build(Problem problem, CaseData data) {
        return build(problem, data, Messages.of(DraftLanguage.of(data)));
    }

    /** The draft in the language of {@code texts}, with the tone of the problem's severity. */
    public DraftEmail build(Problem problem, CaseData data, Messages texts) {
        return build(problem, data, texts, Tone.of(problem.severity()));
    }

    /** The draft in the language of {@code texts} and the given tone. */
    public DraftEmail build(Problem problem, CaseData data, Messages texts, Tone tone) {
        Locale locale = texts.locale();
        Set<String> names = Set.of(Phrases.fold(problem.platform() == null ? "" : problem.platform()));
        Signature signature = Signature.of(data);
        Map<DraftSection, String> sections = new EnumMap<>(DraftSection.class);
        sections.put(DraftSection.SUBJECT, subject(problem, data, texts, tone));
        sections.put(DraftSection.INTRODUCTION, introduction(problem, data, names, texts, tone));
        sections.put(DraftSection.FACTS, evidence.facts(problem, data, own(data.answer(FACTS)), texts));
        sections.put(DraftSection.IDENTIFIERS, evidence.details(problem, data, texts));
        sections.put(DraftSection.IMPACT, impact(data, texts, tone));
        sections.put(DraftSection.OUTCOME, outcome(problem, data, names, texts, tone));
        sections.put(DraftSection.CONCLUSION, conclusion(signature, texts, tone));
        for (DraftSection section : DraftSection.values()) {
            String rewritten = data.answer(section.answerKey());
            if (rewritten != null) {
                // Kept as typed; only the subject is folded to one line, because it becomes a header.
                sections.put(section, section == DraftSection.SUBJECT
                        ? HeaderText.oneLine(rewritten, HeaderText.MAX_SUBJECT) : rewritten);
            }
        }
        String to = problem.emailChannel().map(SupportChannel::address).orElse(null);
        return new DraftEmail(to, sections, evidence.attachments(problem, data), texts.language(), tone,
                signature.block(), evidence.attachmentList(problem, data, texts));
    }

    /**
     * The story the dossier's summary tells before its evidence, in the request's language and as
     * the request tells it (sections the person rewrote included): problem, who writes, facts,
     * impact, outcome asked for.
     */
    public Story story(Problem problem, CaseData data) {
        Messages texts = Messages.of(DraftLanguage.of(data));
        DraftEmail draft = build(problem, data, texts);
        Set<String> names = Set.of(Phrases.fold(problem.platform() == null ? "" : problem.platform()));
        return new Story(List.of(
                new Story.Part(texts.get("archive.story.problem"),
                        Phrases.capitalized(problem.inLetter().in(texts.locale())) + "."),
                new Story.Part(texts.get("archive.story.role"), Role.sentence(data, names, texts)),
                // The summary's heading already says these are the facts.
                new Story.Part(texts.get("archive.story.facts"),
                        draft.section(DraftSection.FACTS).replace(texts.get("draft.facts.heading") + "\n", "")),
                new Story.Part(texts.get("archive.story.impact"), draft.section(DraftSection.IMPACT)),
                new Story.Part(texts.get("archive.story.outcome"), draft.section(DraftSection.OUTCOME))));
    }

    private static String subject(Problem problem, CaseData data, Messages texts, Tone tone) {
        String subject = problem.subject().in(texts.locale());
        String key = keyIdentifier(problem, data, texts.locale());
        if (key != null) {
            subject = texts.get("draft.subject.with-identifier", subject, key);
        }
        if (tone == Tone.URGENT && problem.severity() == Severity.CRITICAL) {
            subject = texts.get("draft.subject.urgent", subject);
        }
        return HeaderText.oneLine(subject, HeaderText.MAX_SUBJECT);
    }

    /** What names the account or the thing reported, for a subject line. */
    private static final Set<EvidenceType> IDENTIFYING =
            EnumSet.of(EvidenceType.URL, EvidenceType.ID, EvidenceType.PHONE, EvidenceType.USERNAME);

    /** The catalog's subject evidence, else the first link, id, phone number or username the dossier holds. */
    private static String keyIdentifier(Problem problem, CaseData data, Locale locale) {
        for (EvidenceItem item : problem.evidence()) {
            boolean named = item.id().equals(problem.subjectEvidence());
            boolean identifying = problem.subjectEvidence() == null && IDENTIFYING.contains(item.type());
            EvidenceEntry entry = data.evidence().get(item.id());
            if ((named || identifying) && entry != null && entry.value() != null && !entry.skipped()) {
                return EvidenceText.format(item.type(), entry.value(), locale);
            }
        }
        return null;
    }

    /** "Bonjour," then what this is about, who is writing and, when urgent, why it cannot wait. */
    private static String introduction(Problem problem, CaseData data, Set<String> names, Messages texts, Tone tone) {
        StringBuilder intro = new StringBuilder(texts.get("draft.opening." + tone.key(), problem.inLetter().in(texts.locale())));
        String role = Role.sentence(data, names, texts);
        if (!role.isEmpty()) {
            intro.append(' ').append(role);
        }
        if (tone == Tone.URGENT) {
            intro.append(' ').append(texts.get("draft.urgency"));
        }
        return texts.get("draft.greeting") + "\n\n" + intro;
    }

    private static String impact(CaseData data, Messages texts, Tone tone) {
        String impact = own(data.answer(IMPACT));
        return impact.isEmpty() ? "" : texts.get("draft.impact." + tone.key(), impact);
    }

    /** The outcome tapped, worded in the letter's language; a typed one after a colon, as typed. */
    private static String outcome(Problem problem, CaseData data, Set<String> names, Messages texts, Tone tone) {
        int index = chosenOutcome(problem, data);
        if (index >= 0) {
            return texts.get("draft.outcome." + tone.key(),
                    Phrases.lowerInitial(problem.outcomes().get(index).in(texts.locale())));
        }
        String typed = data.answer(OUTCOME);
        return typed == null || typed.isBlank() ? ""
                : texts.get("draft.outcome.typed." + tone.key(), Phrases.afterColon(typed, names));
    }

    /** The catalog outcome tapped, or typed word for word in either language; -1 for another one. */
    private static int chosenOutcome(Problem problem, CaseData data) {
        String choice = data.answer(OUTCOME_CHOICE);
        if (choice != null && choice.matches("\\d{1,3}") && Integer.parseInt(choice) < problem.outcomes().size()) {
            return Integer.parseInt(choice);
        }
        String typed = data.answer(OUTCOME);
        if (typed == null) {
            return -1;
        }
        String words = String.join(" ", Phrases.words(typed));
        for (int i = 0; i < problem.outcomes().size(); i++) {
            var outcome = problem.outcomes().get(i);
            if (words.equals(String.join(" ", Phrases.words(outcome.fr())))
                    || words.equals(String.join(" ", Phrases.words(outcome.en())))) {
                return i;
            }
        }
        return -1;
    }

    private static String conclusion(Signature signature, Messages texts, Tone tone) {
        String contact = signature.contactSentence(texts);
        return texts.get("draft.conclusion." + tone.key()) + (contact.isEmpty() ? "" : " " + contact)
                + "\n\n" + texts.get("draft.closing");
    }

    /** The person's own words as sentences: a capital first, a stop at the end, abbreviations written out. */
    private static String own(String text) {
        return text == null ? "" : Phrases.sentence(text);
    }
}
