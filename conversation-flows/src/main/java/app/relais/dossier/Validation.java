package app.relais.dossier;

import java.util.List;

/** The outcome of checking one typed answer. */
public sealed interface Validation permits Validation.Valid, Validation.Invalid, Validation.NeedsRegion {

    /**
     * {@code value} is what is stored and drafted; {@code display} is shown back to the user;
     * {@code reference} is what the answer points at when it holds one (e.g. {@code event:1234}
     * for an event link, the option id of a choice), else null.
     */
    record Valid(String value, String display, String reference) implements Validation {
        public Valid(String value, String display) {
            this(value, display, null);
        }
    }

    /** {@code messageKey} names a sentence of the message bundles; its arguments follow. */
    record Invalid(String messageKey, List<Object> args) implements Validation {
        public Invalid(String messageKey, Object... args) {
            this(messageKey, List.of(args));
        }
    }

    /**
     * A phone number written without its country code while nothing tells which country it is
     * from: the user is asked, {@code likelyRegions} (ISO 3166 codes) first.
     */
    record NeedsRegion(String number, List<String> likelyRegions) implements Validation {
        public NeedsRegion {
            likelyRegions = List.copyOf(likelyRegions);
        }
    }
}
