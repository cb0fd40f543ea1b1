package app.relais.drafting;

import app.relais.files.StoredFile;
import java.util.List;
import java.util.Map;

/**
 * A ready-to-send support request in one language. {@code to} is null when the problem has no
 * email channel: the same text then goes into a form or an in-app box. {@code attachments} are the
 * dossier's files, in the order they were asked for; {@code attachmentList} names them in the
 * letter under the item each proves. {@code signature} is the lines under the closing (the name,
 * then the contact), empty when the person chose not to sign.
 */
public record DraftEmail(String to, Map<DraftSection, String> sections, List<StoredFile> attachments,
                         String language, Tone tone, String signature, String attachmentList) {

    public DraftEmail {
        sections = Map.copyOf(sections);
        attachments = List.copyOf(attachments);
        signature = signature == null ? "" : signature;
        attachmentList = attachmentList == null ? "" : attachmentList;
    }

    public String subject() {
        return sections.get(DraftSection.SUBJECT);
    }

    public String section(DraftSection section) {
        return sections.get(section);
    }

    public List<String> attachmentNames() {
        return attachments.stream().map(StoredFile::name).toList();
    }

    /** The body: every section but the subject, in order, the signature under the closing, then the files. */
    public String body() {
        StringBuilder body = new StringBuilder();
        for (DraftSection section : DraftSection.values()) {
            String text = sections.get(section);
            if (section == DraftSection.SUBJECT || text == null || text.isBlank()) {
                continue;
            }
            body.append(text.strip());
            if (section == DraftSection.CONCLUSION && !signature.isBlank()) {
                body.append('\n').append(signature);
            }
            body.append("\n\n");
        }
        if (!attachmentList.isBlank()) {
            body.append(attachmentList);
        }
        return body.toString().strip();
    }
}
