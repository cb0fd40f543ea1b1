package app.relais.drafting;

import java.util.List;
import java.util.Map;

/**
 * A ready-to-send support request. {@code to} is null when the problem has no email channel: the
 * same text then goes into a form or an in-app box.
 */
public record DraftEmail(String to, Map<DraftSection, String> sections, List<String> attachmentNames,
                         String attachmentsHeading) {

    public DraftEmail {
        sections = Map.copyOf(sections);
        attachmentNames = List.copyOf(attachmentNames);
    }

    public String subject() {
        return sections.get(DraftSection.SUBJECT);
    }

    /** The body: every section but the subject, in order, then the attachments. */
    public String body() {
        StringBuilder body = new StringBuilder();
        for (DraftSection section : DraftSection.values()) {
            if (section != DraftSection.SUBJECT) {
                String text = sections.get(section);
                if (text != null && !text.isBlank()) {
                    body.append(text.strip()).append("\n\n");
                }
            }
        }
        if (!attachmentNames.isEmpty()) {
            body.append(attachmentsHeading).append('\n');
            attachmentNames.forEach(name -> body.append("- ").append(name).append('\n'));
        }
        return body.toString().strip();
    }
}
