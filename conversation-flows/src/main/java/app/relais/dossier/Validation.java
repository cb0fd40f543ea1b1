package app.relais.dossier;

import java.util.List;

/** The outcome of checking one typed answer. */
public sealed interface Validation permits Validation.Valid, Validation.Invalid {

    /** {@code value} is what is stored and drafted; {@code display} is shown back to the user. */
    record Valid(String value, String display) implements Validation {
    }

    /** {@code messageKey} names a sentence of the message bundles; its arguments follow. */
    record Invalid(String messageKey, List<Object> args) implements Validation {
        public Invalid(String messageKey, Object... args) {
            this(messageKey, List.of(args));
        }
    }
}
