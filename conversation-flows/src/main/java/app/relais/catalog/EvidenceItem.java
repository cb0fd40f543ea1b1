package app.relais.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * One piece of proof a problem needs, asked one at a time in the EVIDENCE stage. {@code options}
 * (optional, default none) lists the answers of a {@code choice} item and only of one.
 * {@code inLetter} is the item named as the person writes it in their own request, inside a
 * sentence: lower case, with its article ("le lien de mon profil"), where {@code label} is how the
 * bot asks for it ("Lien de votre profil"); the letter's lists show it without the article.
 * {@code ifMissing} (optional) is what leaving the item out costs, and how to get it anyway.
 */
public record EvidenceItem(@JsonProperty(required = true) String id,
                           @JsonProperty(required = true) EvidenceType type,
                           @JsonProperty(required = true) boolean required,
                           @JsonProperty(required = true) LocalizedText label,
                           @JsonProperty(required = true) LocalizedText hint,
                           List<EvidenceOption> options,
                           @JsonProperty(required = true) LocalizedText inLetter,
                           LocalizedText ifMissing) {

    public EvidenceItem {
        if (id == null || !id.matches("[a-z][a-z0-9-]{0,30}")) {
            throw new IllegalArgumentException("evidence 'id' must be lower-case-with-dashes, at most 31 characters");
        }
        InLetter.check(inLetter, "evidence '" + id + "'");
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

    /** The item as a label of the person's own lists: {@code in_letter} without its article ("Lien de mon profil"). */
    public String letterLabel(Locale locale) {
        return InLetter.label(inLetter.in(locale), locale);
    }

    /** An item without options: every type but {@code choice}. */
    public EvidenceItem(String id, EvidenceType type, boolean required, LocalizedText label, LocalizedText hint,
                        LocalizedText inLetter) {
        this(id, type, required, label, hint, List.of(), inLetter, null);
    }
}
