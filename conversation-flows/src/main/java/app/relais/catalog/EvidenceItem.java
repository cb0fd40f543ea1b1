package app.relais.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One piece of proof a problem needs, asked one at a time in the EVIDENCE stage. {@code options}
 * (optional, default none) lists the answers of a {@code choice} item and only of one.
 * {@code inLetter} is the item named as the person writes it in their own request, inside a
 * sentence: lower case, with its article ("le lien de mon profil"), where {@code label} is how the
 * bot asks for it ("Lien de votre profil"); the letter's lists show it without the article.
 * {@code ifMissing} (required) is what leaving the item out costs, and how to get it anyway: every
 * item can be skipped, and the person is told plainly what that means. {@code cannotSkip} (optional,
 * required items only) is the rare exception: why the request cannot go without this item (a
 * WhatsApp number is the account itself). {@code derivedFrom} (optional; id, username and text
 * items) names an earlier link item this one is read from (the event id is in the event's link, the
 * username in the profile's), so it is filled and said, not asked.
 * {@code linkKinds} (optional, link items only) lists what the link must point at ({@code event},
 * {@code profile}...): a link read as another kind (a profile when the event is asked) is refused,
 * naming both; a link whose kind cannot be read is taken. {@code ownWords} (optional, text items
 * only) says the answer is the person's own account ("ce qui a été modifié": "le mdp et le mail"),
 * written in the letter as their story is (abbreviations typed in a hurry written out); other
 * text items (a name, a reference, what a screen says) are kept exactly as typed.
 */
public record EvidenceItem(@JsonProperty(required = true) String id,
                           @JsonProperty(required = true) EvidenceType type,
                           @JsonProperty(required = true) boolean required,
                           @JsonProperty(required = true) LocalizedText label,
                           @JsonProperty(required = true) LocalizedText hint,
                           List<EvidenceOption> options,
                           @JsonProperty(required = true) LocalizedText inLetter,
                           @JsonProperty(required = true) LocalizedText ifMissing,
                           LocalizedText cannotSkip,
                           String derivedFrom,
                           List<String> linkKinds,
                           Boolean ownWords) {

    /** The types an item read from an earlier link item ({@code derived_from}) may have. */
    private static final Set<EvidenceType> READ_FROM_A_LINK = Set.of(EvidenceType.ID, EvidenceType.TEXT, EvidenceType.USERNAME);

    /** What a platform link can be read as pointing at (app.relais.dossier.LinkIds). */
    public static final Set<String> LINK_KINDS = Set.of("event", "post", "group", "photo", "video", "reel", "profile", "page");

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
        if (ifMissing == null) {
            throw new IllegalArgumentException("evidence '" + id + "' needs 'if_missing': what leaving it out costs, and how to get it");
        }
        if (cannotSkip != null && !required) {
            throw new IllegalArgumentException("evidence '" + id + "' has 'cannot_skip' but is not required");
        }
        if (derivedFrom != null && !READ_FROM_A_LINK.contains(type)) {
            throw new IllegalArgumentException("evidence '" + id + "' has 'derived_from': only an id, username or text item can be read from a link");
        }
        ownWords = Boolean.TRUE.equals(ownWords);
        if (ownWords && type != EvidenceType.TEXT) {
            throw new IllegalArgumentException("evidence '" + id + "' has 'own_words' but is not of type text");
        }
        linkKinds = linkKinds == null ? List.of() : List.copyOf(linkKinds);
        if (!linkKinds.isEmpty() && type != EvidenceType.URL) {
            throw new IllegalArgumentException("evidence '" + id + "' has 'link_kinds' but is not of type url");
        }
        if (!LINK_KINDS.containsAll(linkKinds)) {
            throw new IllegalArgumentException("evidence '" + id + "': 'link_kinds' must be among " + new java.util.TreeSet<>(LINK_KINDS));
        }
        var seen = new HashSet<String>();
        for (EvidenceOption option : options) {
            if (!seen.add(option.id())) {
                throw new IllegalArgumentException("evidence '" + id + "' lists option '" + option.id() + "' twice");
            }
        }
    }

    /** Whether the person may leave it out (every item but the rare one that says why it cannot). */
    public boolean skippable() {
        return cannotSkip == null;
    }

    /** The item as a label of the person's own lists: {@code in_letter} without its article ("Lien de mon profil"). */
    public String letterLabel(Locale locale) {
        return InLetter.label(inLetter.in(locale), locale);
    }
}
