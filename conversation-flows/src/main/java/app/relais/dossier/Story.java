package app.relais.dossier;

import java.util.List;

/**
 * What the dossier's summary tells before its evidence table, in the language of the request:
 * the problem, who is writing, the facts, the impact and the outcome asked for, each a heading
 * and its text (parts without text are left out). Composed by the drafting package, which writes
 * the request from the same answers.
 */
public record Story(List<Part> parts) {

    /** No story yet (the dossier is downloaded before the request is written). */
    public static final Story NONE = new Story(List.of());

    public record Part(String heading, String text) {
    }

    public Story {
        parts = parts.stream().filter(p -> p.text() != null && !p.text().isBlank()).toList();
    }
}
