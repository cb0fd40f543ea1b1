package app.relais.conversation;

import java.util.List;
import java.util.Objects;

/**
 * One bot message. Text is plain text: every channel renders it as text, never as markup.
 * {@code copyable} marks a text meant to be copied as it is (the draft request), so a channel
 * that can may offer a copy button. {@code hint} says what kind of typed answer the question
 * waits for (a link, a phone number...), for channels that can help the person type it.
 */
public record Reply(String text, List<Choice> choices, List<Link> links, List<FileRef> files, Expects expects,
                    boolean copyable, InputHint hint) {

    public Reply {
        Objects.requireNonNull(text);
        choices = List.copyOf(choices);
        links = List.copyOf(links);
        files = List.copyOf(files);
        Objects.requireNonNull(expects);
        hint = hint == null ? InputHint.NONE : hint;
    }

    public Reply(String text, List<Choice> choices, List<Link> links, List<FileRef> files, Expects expects,
                 boolean copyable) {
        this(text, choices, links, files, expects, copyable, InputHint.NONE);
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
        return new Reply(text, more, links, files, expects, copyable, hint);
    }

    public Reply withLinks(List<Link> more) {
        return new Reply(text, choices, more, files, expects, copyable, hint);
    }

    public Reply withFiles(List<FileRef> more) {
        return new Reply(text, choices, links, more, expects, copyable, hint);
    }

    public Reply expecting(Expects next) {
        return new Reply(text, choices, links, files, next, copyable, hint);
    }

    /** The same message, marked as text to copy as it is. */
    public Reply withCopyable() {
        return new Reply(text, choices, links, files, expects, true, hint);
    }

    /** The same question, saying what kind of typed answer it waits for. */
    public Reply hinting(InputHint kind) {
        return new Reply(text, choices, links, files, expects, copyable, kind);
    }
}
