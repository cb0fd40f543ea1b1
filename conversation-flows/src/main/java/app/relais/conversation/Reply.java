package app.relais.conversation;

import java.util.List;
import java.util.Objects;

/**
 * One bot message. Text is plain text: every channel renders it as text, never as markup.
 * {@code copyable} marks a text meant to be copied as it is (the draft request), so a channel
 * that can may offer a copy button.
 */
public record Reply(String text, List<Choice> choices, List<Link> links, List<FileRef> files, Expects expects,
                    boolean copyable) {

    public Reply {
        Objects.requireNonNull(text);
        choices = List.copyOf(choices);
        links = List.copyOf(links);
        files = List.copyOf(files);
        Objects.requireNonNull(expects);
    }

    public Reply(String text, List<Choice> choices, List<Link> links, List<FileRef> files, Expects expects) {
        this(text, choices, links, files, expects, false);
    }

    public static Reply text(String text) {
        return new Reply(text, List.of(), List.of(), List.of(), Expects.NONE);
    }

    public static Reply ask(String text, Expects expects) {
        return new Reply(text, List.of(), List.of(), List.of(), expects);
    }

    public static Reply choose(String text, List<Choice> choices) {
        return new Reply(text, choices, List.of(), List.of(), Expects.CHOICE);
    }

    public Reply withChoices(List<Choice> more) {
        return new Reply(text, more, links, files, expects, copyable);
    }

    public Reply withLinks(List<Link> more) {
        return new Reply(text, choices, more, files, expects, copyable);
    }

    public Reply withFiles(List<FileRef> more) {
        return new Reply(text, choices, links, more, expects, copyable);
    }

    public Reply expecting(Expects next) {
        return new Reply(text, choices, links, files, next, copyable);
    }

    /** The same message, marked as text to copy as it is. */
    public Reply withCopyable() {
        return new Reply(text, choices, links, files, expects, true);
    }
}
