package app.relais.outage;

import app.relais.catalog.LocalizedText;
import java.util.Objects;
import java.util.Set;

/**
 * One way customers reach the business (Messenger, email, phone, website...). {@code contact}
 * names the profile field it stands for ({@code email}, {@code phone}, {@code form}, {@code chat}),
 * if any: the status page leaves out a channel the business gave no address for, unless it has an
 * incident.
 */
public record BusinessChannel(String id, LocalizedText label, String contact) {

    private static final Set<String> CONTACTS = Set.of("email", "phone", "form", "chat");

    public BusinessChannel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        if (!id.matches("[a-z0-9-]{2,32}")) {
            throw new IllegalArgumentException("channel id must be 2-32 of a-z, 0-9, '-': " + id);
        }
        if (contact != null && !CONTACTS.contains(contact)) {
            throw new IllegalArgumentException("channel " + id + ": contact is one of " + CONTACTS + ", not " + contact);
        }
    }

    /** Whether the profile gives the address this channel stands for (always true for a channel without one). */
    public boolean reachableIn(BusinessProfile profile) {
        if (contact == null) {
            return true;
        }
        return switch (contact) {
            case "email" -> profile.email() != null;
            case "phone" -> profile.phone() != null;
            case "form" -> profile.contactForm() != null;
            default -> profile.chatUrl() != null;
        };
    }
}
