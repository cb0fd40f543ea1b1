package app.relais.drafting;

import app.relais.catalog.EvidenceItem;
import app.relais.catalog.EvidenceType;
import app.relais.catalog.Problem;
import app.relais.dossier.EvidenceEntry;
import app.relais.dossier.LetterDate;
import app.relais.files.FileStore;
import app.relais.files.StoredFile;
import app.relais.i18n.Messages;
import app.relais.store.CaseData;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The dossier written into the letter: dated items as the chronology ("– Début du piratage : le
 * jeudi 12 novembre 2026 à 21 h 30"), the other items as the details of the case, each under its
 * {@code in_letter} name; a required item the person could not give said plainly ("Je n’ai pas pu
 * retrouver le lien de mon profil Facebook."), never "not available" pasted as a value; the
 * attached files named under the item they prove. An optional item left out is not mentioned.
 */
final class EvidenceLines {

    private final FileStore files;

    EvidenceLines(FileStore files) {
        this.files = files;
    }

    /** The dated items, oldest first, then the person's story, then the dates they could not give. */
    String facts(Problem problem, CaseData data, String story, Messages texts) {
        record Dated(LocalDateTime at, String line) {
        }
        Locale locale = texts.locale();
        List<Dated> dated = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        for (EvidenceItem item : problem.evidence()) {
            EvidenceEntry entry = data.evidence().get(item.id());
            if (item.type() != EvidenceType.DATETIME || entry == null) {
                continue;
            }
            if (!entry.answered()) {
                missing(item, texts).ifPresent(missing::add);
                continue;
            }
            String when = LetterDate.of(entry.value(), locale).orElse(entry.shown());
            dated.add(new Dated(LetterDate.parse(entry.value()).orElse(LocalDateTime.MAX),
                    texts.get("draft.item.dated", item.letterLabel(locale), when)));
        }
        dated.sort(Comparator.comparing(Dated::at));
        List<String> paragraphs = new ArrayList<>();
        if (!dated.isEmpty()) {
            StringBuilder list = new StringBuilder(texts.get("draft.facts.heading"));
            dated.forEach(d -> list.append('\n').append(d.line()));
            paragraphs.add(list.toString());
        }
        paragraphs.add(story);
        paragraphs.add(missingSentence(missing, "draft.missing.dated.several", texts));
        return String.join("\n\n", paragraphs.stream().filter(p -> !p.isBlank()).toList());
    }

    /** Links, ids, numbers, addresses and described details, then what could not be found. */
    String details(Problem problem, CaseData data, Messages texts) {
        Locale locale = texts.locale();
        StringBuilder list = new StringBuilder();
        List<Missing> missing = new ArrayList<>();
        for (EvidenceItem item : problem.evidence()) {
            EvidenceEntry entry = data.evidence().get(item.id());
            if (entry == null || item.type() == EvidenceType.DATETIME) {
                continue;
            }
            if (item.type() == EvidenceType.FILE) {
                if (entry.skipped() && item.required()) {
                    missing(item, texts).ifPresent(missing::add);
                }
                continue;
            }
            if (!entry.answered()) {
                missing(item, texts).ifPresent(missing::add);
                continue;
            }
            String value = item.ownWords() ? Abbreviations.STANDARD.writtenOut(entry.value())
                    : EvidenceText.format(item.type(), entry.value(), locale);
            list.append('\n').append(texts.get("draft.item", item.letterLabel(locale), value));
        }
        List<String> paragraphs = new ArrayList<>();
        if (!list.isEmpty()) {
            paragraphs.add(texts.get("draft.identifiers.heading") + list);
        }
        paragraphs.add(missingSentence(missing, "draft.missing.several", texts));
        return String.join("\n\n", paragraphs.stream().filter(p -> !p.isBlank()).toList());
    }

    /** The files, in the order they were asked for. */
    List<StoredFile> attachments(Problem problem, CaseData data) {
        List<StoredFile> attached = new ArrayList<>();
        for (EvidenceItem item : problem.evidence()) {
            EvidenceEntry entry = data.evidence().get(item.id());
            if (entry != null) {
                entry.fileIds().forEach(id -> files.find(id).ifPresent(attached::add));
            }
        }
        return attached;
    }

    /** "Pièces jointes :" then one line per item: "– Captures d’écran : alerte.png, avis.pdf". */
    String attachmentList(Problem problem, CaseData data, Messages texts) {
        Locale locale = texts.locale();
        StringBuilder list = new StringBuilder();
        for (EvidenceItem item : problem.evidence()) {
            EvidenceEntry entry = data.evidence().get(item.id());
            if (entry == null || entry.fileIds().isEmpty()) {
                continue;
            }
            List<String> names = entry.fileIds().stream()
                    .flatMap(id -> files.find(id).map(StoredFile::name).stream()).toList();
            if (!names.isEmpty()) {
                list.append('\n').append(texts.get("draft.item", item.letterLabel(locale),
                        String.join(", ", names)));
            }
        }
        return list.isEmpty() ? "" : texts.get("draft.attachments") + list;
    }

    /** An item that could not be given: its name in the letter, and the sentence that says so alone. */
    private record Missing(String phrase, String sentence) {
    }

    private static Optional<Missing> missing(EvidenceItem item, Messages texts) {
        if (!item.required()) {
            // An optional item is not needed: leaving it out is nothing to explain.
            return Optional.empty();
        }
        String key = switch (item.type()) {
            case DATETIME -> "draft.missing.dated";
            case TEXT, CHOICE -> "draft.missing.detail";
            case FILE -> "draft.missing.file";
            // Something the person would look up: "Je n’ai pas pu retrouver le nom d’utilisateur de mon compte."
            case URL, ID, PHONE, EMAIL, USERNAME -> "draft.missing.found";
        };
        String phrase = item.inLetter().in(texts.locale());
        return Optional.of(new Missing(phrase, texts.get(key, phrase)));
    }

    /**
     * One item missing: the sentence its type calls for ("Je n’ai pas pu retrouver le lien de mon
     * profil."); several: one sentence listing them, rather than a row of sentences all starting
     * with "I" or "Je".
     */
    private static String missingSentence(List<Missing> missing, String severalKey, Messages texts) {
        if (missing.size() < 2) {
            return missing.isEmpty() ? "" : missing.get(0).sentence();
        }
        List<String> phrases = missing.stream().map(Missing::phrase).toList();
        String head = String.join(", ", phrases.subList(0, phrases.size() - 1));
        return texts.get(severalKey, texts.get("draft.list.last", head, phrases.get(phrases.size() - 1)));
    }
}
