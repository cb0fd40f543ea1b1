package app.relais.drafting;

import app.relais.files.StoredFile;
import app.relais.i18n.Messages;
import java.util.List;
import java.util.Map;

/**
 * A ready-to-send support request in one language. {@code to} is null when the problem has no
 * email channel: the same text then goes into a form or an in-app box. {@code attachments} are the
 * dossier's files, in the order they were asked for.
 */
public record DraftEmail(String to, Map<DraftSection, String> sections, List<StoredFile> attachments,
                         String language, Tone tone) {

    public DraftEmail {
        sections = Map.copyOf(sections);
        attachments = List.copyOf(attachments);
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

    /** The body: every section but the subject, in order, then the list of attachments. */
    public String body() {
        StringBuilder body = new StringBuilder();
        for (DraftSection section : DraftSection.values()) {
            String text = sections.get(section);
            if (section != DraftSection.SUBJECT && text != null && !text.isBlank()) {
                body.append(text.strip()).append("\n\n");
            }
        }
        if (!attachments.isEmpty()) {
            body.append(Messages.of(language).get("draft.attachments")).append('\n');
            attachmentNames().forEach(name -> body.append("- ").append(name).append('\n'));
        }
        return body.toString().strip();
    }
}
