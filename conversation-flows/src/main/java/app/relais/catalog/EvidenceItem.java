package app.relais.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;

/**
 * One piece of proof a problem needs, asked one at a time in the EVIDENCE stage. {@code options}
 * (optional, default none) lists the answers of a {@code choice} item and only of one.
 * {@code inLetter} (optional) is the item named as the person writes it in their own request
 * ("Lien de mon profil"), where {@code label} is how the bot asks for it ("Lien de votre profil").
 * {@code ifMissing} (optional) is what leaving the item out costs, and how to get it anyway.
 */
public record EvidenceItem(@JsonProperty(required = true) String id,
                           @JsonProperty(required = true) EvidenceType type,
                           @JsonProperty(required = true) boolean required,
                           @JsonProperty(required = true) LocalizedText label,
                           @JsonProperty(required = true) LocalizedText hint,
                           List<EvidenceOption> options,
                           LocalizedText inLetter,
                           LocalizedText ifMissing) {

    public EvidenceItem {
        if (id == null || !id.matches("[a-z][a-z0-9-]{0,30}")) {
            throw new IllegalArgumentException("evidence 'id' must be lower-case-with-dashes, at most 31 characters");
        }
        options = options == null ? List.of() : List.copyOf(options);
        if (type == EvidenceType.CHOICE && options.size() < 2) {
            throw new IllegalArgumentException("evidence '" + id + "' is a choice: it needs at least two 'options'");
        }
        if (type != EvidenceType.CHOICE && !options.isEmpty()) {
            throw new IllegalArgumentException("evidence '" + id + "' has 'options' but is not of type choice");
        }
        var seen = new HashSet<String>();
        for (EvidenceOption option : options) {
            if (!seen.add(option.id())) {
                throw new IllegalArgumentException("evidence '" + id + "' lists option '" + option.id() + "' twice");
            }
        }
    }

    /** An item without options: every type but {@code choice}. */
    public EvidenceItem(String id, EvidenceType type, boolean required, LocalizedText label, LocalizedText hint) {
        this(id, type, required, label, hint, List.of(), null, null);
    }
}
