package app.relais.i18n;

import java.util.Arrays;

/**
 * Input refused, with a reason a person can read in their own language: the key of a sentence
 * ({@code refusal.<key>} in a bundle) and its arguments, where a {@link Field} is said as the
 * field's name in that language. The API answers a person signed in to the desk in theirs
 * ({@link #in}); {@link #getMessage()} is the English sentence, for logs, automation and the
 * start-up errors of a file.
 */
public class Refusal extends IllegalArgumentException {

    /** The name of an input field, said in the reader's language ({@code refusal.field.<id>}). */
    public record Field(String id) {
    }

    private final String key;
    private final transient Object[] args;

    public Refusal(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    /** The reason's code, stable across languages ("email", "faq.short-code-twice"). */
    public String key() {
        return key;
    }

    /** The reason, in the language of {@code texts}. */
    public String in(Messages texts) {
        if (!texts.has("refusal." + key)) {
            // A sentence missing from a bundle must not hide the reason behind another exception.
            return key + " " + Arrays.toString(args);
        }
        Object[] said = Arrays.stream(args)
                .map(a -> a instanceof Field f ? texts.get("refusal.field." + f.id()) : a).toArray();
        return texts.get("refusal." + key, said);
    }

    @Override
    public String getMessage() {
        return in(Messages.of(Messages.ENGLISH));
    }
}
