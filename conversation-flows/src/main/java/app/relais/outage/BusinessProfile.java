package app.relais.outage;

import app.relais.catalog.LocalizedText;
import app.relais.i18n.Refusal;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The business Relais stands in for: how customers reach it (any of these may be left empty, and
 * is then left out of everything customers see), the sentence its status page opens with, the
 * time zone its customers read times in ({@code zone} null: the application's, RELAIS_ZONE), and
 * the channels the status page reports on ({@code outage/business.yml}). Edited by the admins;
 * {@code updatedBy}/{@code updatedAt} say who saved it last (null for the file's defaults).
 */
public record BusinessProfile(String name, String email, String phone, String contactForm, String chatUrl,
                              LocalizedText hours, List<String> languages, LocalizedText statusNote, ZoneId zone,
                              List<BusinessChannel> channels, String updatedBy, Instant updatedAt) {

    public static final int NAME_MAX = 100;
    public static final int TEXT_MAX = 500;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[a-zA-Z]{2,24}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .()\\-]{4,28}[0-9]");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    public BusinessProfile {
        name = line("name", name, NAME_MAX);
        email = line("email", email, 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new Refusal("email", email);
        }
        phone = line("phone", phone, 30);
        if (phone != null && (!PHONE.matcher(phone).matches() || phone.replaceAll("\\D", "").length() < 6)) {
            throw new Refusal("phone", phone);
        }
        contactForm = url("contact-form", contactForm);
        chatUrl = url("chat-page", chatUrl);
        requireLength("hours", hours);
        requireLength("status-note", statusNote);
        languages = languages == null ? List.of() : languages.stream().map(l -> l.strip().toLowerCase(Locale.ROOT))
                .filter(l -> !l.isEmpty()).distinct().toList();
        for (String language : languages) {
            if (!LANGUAGES.contains(language)) {
                throw new Refusal("language", language);
            }
        }
        channels = List.copyOf(Objects.requireNonNull(channels, "channels"));
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("channels lists no channel");
        }
        Set<String> ids = new HashSet<>();
        for (BusinessChannel channel : channels) {
            if (!ids.add(channel.id())) {
                throw new IllegalArgumentException("channel '" + channel.id() + "' is listed twice");
            }
        }
    }

    public Optional<BusinessChannel> channel(String id) {
        return channels.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The zone customers read times in: the profile's, else {@code fallback} (RELAIS_ZONE). */
    public ZoneId zoneOr(ZoneId fallback) {
        return zone != null ? zone : fallback;
    }

    /** The same profile with what the admins can edit replaced, and who saved it when. */
    public BusinessProfile edited(BusinessProfile content, String by, Instant at) {
        return new BusinessProfile(content.name, content.email, content.phone, content.contactForm, content.chatUrl,
                content.hours, content.languages, content.statusNote, content.zone, channels, by, at);
    }

    /** How customers can reach the business, in this order, the empty ones left out. */
    public List<Contact> contacts() {
        List<Contact> all = new java.util.ArrayList<>();
        if (email != null) {
            all.add(new Contact(Contact.Kind.EMAIL, email, "mailto:" + email));
        }
        if (phone != null) {
            all.add(new Contact(Contact.Kind.PHONE, phone, "tel:" + phone.replaceAll("[^+0-9]", "")));
        }
        if (contactForm != null) {
            all.add(new Contact(Contact.Kind.FORM, contactForm, contactForm));
        }
        return all;
    }

    /** One way to reach the business: what it is, as customers read it, and a link to it. */
    public record Contact(Kind kind, String value, String href) {
        public enum Kind { EMAIL, PHONE, FORM }
    }

    private static String line(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new Refusal("line", new Refusal.Field(field), max);
        }
        return stripped;
    }

    private static String url(String field, String value) {
        String text = line(field, value, 500);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new Refusal("url", new Refusal.Field(field));
            }
        } catch (java.net.URISyntaxException e) {
            throw new Refusal("url", new Refusal.Field(field));
        }
        return text;
    }

    private static void requireLength(String field, LocalizedText text) {
        if (text != null && (text.fr().length() > TEXT_MAX || text.en().length() > TEXT_MAX)) {
            throw new Refusal("text-max", new Refusal.Field(field), TEXT_MAX);
        }
    }

    /**
     * Whether customers are shown a business at all: a name or a way to reach it. The profile of a
     * first start has neither, and Relais is then only the support assistant.
     */
    public boolean presented() {
        return Stream.of(name, email, phone, contactForm, chatUrl).anyMatch(Objects::nonNull);
    }
}
