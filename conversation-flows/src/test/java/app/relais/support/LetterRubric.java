package app.relais.support;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.catalog.EvidenceItem;
import app.relais.catalog.EvidenceType;
import app.relais.catalog.Problem;
import app.relais.catalog.Severity;
import app.relais.catalog.SupportChannel;
import app.relais.dossier.EvidenceEntry;
import app.relais.drafting.DraftBuilder;
import app.relais.drafting.DraftEmail;
import app.relais.drafting.DraftSection;
import app.relais.dossier.LetterDate;
import app.relais.drafting.Signature;
import app.relais.drafting.Tone;
import app.relais.files.StoredFile;
import app.relais.i18n.Messages;
import app.relais.store.CaseData;
import java.util.Locale;

/**
 * What a support agent must find in every letter, whatever the problem: the subject naming the
 * problem (and its key identifier when the person gave it), who writes, the dated facts in order,
 * every piece of evidence under its name (a required one left out said in a sentence), the impact,
 * the outcome, a conclusion with where to answer, the signature, the files attached, and the right
 * address.
 * The expected words come from the catalog and the bundles, so a reworded sentence does not
 * break it, while a missing part does.
 */
final class LetterRubric {

    private LetterRubric() {
    }

    static void check(Problem problem, CaseData data, DraftEmail draft) {
        Messages texts = Messages.of(draft.language());
        Locale locale = texts.locale();
        String what = problem.fullId() + " (" + draft.language() + ", " + draft.tone() + ")";
        subject(problem, draft, texts, what);
        role(data, draft, texts, what);
        chronology(problem, data, draft, texts, what);
        evidence(problem, data, draft, texts, what);
        assertThat(draft.section(DraftSection.IMPACT)).as(what + " impact")
                .contains(sentenceOf(data.answer(DraftBuilder.IMPACT)));
        outcome(problem, data, draft, texts, what);
        conclusion(data, draft, texts, what);
        attachments(draft, what);
        assertThat(draft.to()).as(what + " address")
                .isEqualTo(problem.emailChannel().map(SupportChannel::address).orElse(null));
        assertThat(draft.body()).as(what + " nothing pasted as missing")
                .doesNotContain("non disponible").doesNotContain("not available").doesNotContain("null");
        assertThat(draft.body()).as(what + " one language").doesNotContain(
                Messages.of(locale.getLanguage().equals("en") ? "fr" : "en").get("draft.greeting"));
    }

    private static void subject(Problem problem, DraftEmail draft, Messages texts, String what) {
        String expected = problem.subject().in(texts.locale());
        if (problem.severity() == Severity.CRITICAL && draft.tone() == Tone.URGENT) {
            expected = texts.get("draft.subject.urgent", expected);
        }
        assertThat(draft.subject()).as(what + " subject").startsWith(expected);
    }

    private static void role(CaseData data, DraftEmail draft, Messages texts, String what) {
        assertThat(draft.section(DraftSection.INTRODUCTION)).as(what + " introduction")
                .startsWith(texts.get("draft.greeting"))
                .contains(texts.get("draft.role." + data.answer(DraftBuilder.ROLE_CHOICE)));
    }

    /** Each date given, in words, in the order things happened, before the story. */
    private static void chronology(Problem problem, CaseData data, DraftEmail draft, Messages texts, String what) {
        String facts = draft.section(DraftSection.FACTS);
        int last = -1;
        for (EvidenceItem item : problem.evidence()) {
            EvidenceEntry entry = data.evidence().get(item.id());
            if (item.type() != EvidenceType.DATETIME || entry == null) {
                continue;
            }
            if (entry.answered()) {
                String line = texts.get("draft.item.dated", item.letterLabel(texts.locale()),
                        LetterDate.of(entry.value(), texts.locale()).orElseThrow());
                assertThat(facts).as(what + " chronology").contains(line);
                assertThat(facts.indexOf(line)).as(what + " in order").isGreaterThan(last);
                last = facts.indexOf(line);
            } else {
                assertThat(facts).as(what + " undated").doesNotContain(item.letterLabel(texts.locale()) + " :");
                if (item.required()) {
                    assertThat(facts).as(what + " undated, said").contains(item.inLetter().in(texts.locale()));
                }
            }
        }
        assertThat(facts).as(what + " story").contains(sentenceOf(data.answer(DraftBuilder.FACTS)));
    }

    private static void evidence(Problem problem, CaseData data, DraftEmail draft, Messages texts, String what) {
        String details = draft.section(DraftSection.IDENTIFIERS);
        for (EvidenceItem item : problem.evidence()) {
            EvidenceEntry entry = data.evidence().get(item.id());
            if (entry == null || item.type() == EvidenceType.DATETIME || item.type() == EvidenceType.FILE) {
                continue;
            }
            String label = item.letterLabel(texts.locale());
            if (entry.answered()) {
                assertThat(details).as(what + " " + item.id()).contains(label).contains(shown(item, entry));
            } else {
                assertThat(details).as(what + " " + item.id() + " missing").doesNotContain(label + " :");
                if (item.required()) {
                    assertThat(details).as(what + " " + item.id() + " missing, said").contains(item.inLetter().in(texts.locale()));
                }
            }
        }
    }

    private static String shown(EvidenceItem item, EvidenceEntry entry) {
        return item.type() == EvidenceType.PHONE ? new Signature(null, entry.value()).contactShown() : entry.value();
    }

    private static void outcome(Problem problem, CaseData data, DraftEmail draft, Messages texts, String what) {
        String chosen = data.answer(DraftBuilder.OUTCOME_CHOICE);
        String outcome = chosen == null ? data.answer(DraftBuilder.OUTCOME)
                : problem.outcomes().get(Integer.parseInt(chosen)).in(texts.locale());
        String expected = outcome.substring(1, outcome.length() - 1);
        assertThat(draft.section(DraftSection.OUTCOME)).as(what + " outcome").contains(expected);
    }

    private static void conclusion(CaseData data, DraftEmail draft, Messages texts, String what) {
        Signature signature = Signature.of(data);
        assertThat(draft.section(DraftSection.CONCLUSION)).as(what + " conclusion")
                .startsWith(texts.get("draft.conclusion." + draft.tone().name().toLowerCase(Locale.ROOT)))
                .contains(signature.contactSentence(texts))
                .endsWith(texts.get("draft.closing"));
        assertThat(draft.body()).as(what + " signature")
                .contains(texts.get("draft.closing") + "\n" + signature.block());
        assertThat(signature.name()).as(what + " signed").isNotBlank();
    }

    private static void attachments(DraftEmail draft, String what) {
        for (StoredFile file : draft.attachments()) {
            assertThat(draft.attachmentList()).as(what + " attachments").contains(file.name());
        }
        assertThat(draft.attachments().isEmpty()).as(what + " attachments listed").isEqualTo(draft.attachmentList().isEmpty());
    }

    /** The person's words as the letter puts them: everything but the first letter and a final stop. */
    private static String sentenceOf(String typed) {
        String text = typed.strip();
        return text.substring(1).replaceAll("[.!?]$", "");
    }
}
