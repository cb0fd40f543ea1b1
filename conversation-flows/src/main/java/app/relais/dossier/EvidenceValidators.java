package app.relais.dossier;

import app.relais.catalog.EvidenceOption;
import app.relais.catalog.EvidenceType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks and normalises a typed answer according to its evidence type. Each refusal names a
 * sentence that says precisely what is wrong and how to write it, in the user's language.
 */
public final class EvidenceValidators {

    public static final int TEXT_MIN = 2;
    public static final int TEXT_MAX = 2000;
    private static final int EMAIL_MAX = 254;
    private static final Pattern EMAIL = Pattern.compile(
            "(?i)[a-z0-9!#$%&*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&*+/=?^_`{|}~-]+)*"
                    + "@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,24}");
    /** One word that introduces an address and is never part of one: an elision ("c'est") or a known lead-in. */
    private static final Pattern LEAD_IN_WORD = Pattern.compile(
            "(?iu)\\p{L}+['’]\\p{L}+|cest|voici|voila|voilà|mail|email|e-mail|adresse|here|its");
    private static final Pattern EMAIL_IN_TEXT = Pattern.compile("[^\\s<>()«»\"“”,;:]+@[^\\s<>()«»\"“”,;:]+[a-zA-Z]");
    private static final Pattern NUMERIC_ID = Pattern.compile("\\d{5,25}");
    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![\\d])\\d[\\d ]{3,30}\\d(?![\\d])");

    private final LinkEvidence links = new LinkEvidence();
    private final DateTimeReader dates = new DateTimeReader();
    private final PhoneEvidence phones = new PhoneEvidence();
    private final UsernameEvidence usernames = new UsernameEvidence();

    public Validation validate(EvidenceType type, String input, ValidationContext context) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            return new Validation.Invalid("evidence.invalid.empty");
        }
        return switch (type) {
            case URL -> links.check(text, context);
            case ID -> id(text, context);
            case DATETIME -> dates.read(text, context);
            case PHONE -> phones.check(text, context);
            case EMAIL -> email(text);
            case TEXT -> text(text);
            case USERNAME -> username(text, context);
            case CHOICE -> choice(text, context);
            case FILE -> new Validation.Invalid("evidence.invalid.file");
        };
    }

    /**
     * A link accepted by {@link #validate} that points at another kind of thing than the item asks
     * for (a profile when the event is asked): refused with the kind read and the first kind
     * expected ({@code evidence.invalid.url-kind}). A link whose kind cannot be read stays accepted:
     * we cannot be sure it is wrong.
     */
    public Validation ofKind(Validation checked, List<String> kinds) {
        if (kinds.isEmpty() || !(checked instanceof Validation.Valid valid)) {
            return checked;
        }
        return LinkIds.Ref.decode(valid.reference())
                .filter(ref -> !kinds.contains(ref.kind()) && !"phone".equals(ref.kind()))
                .<Validation>map(ref -> new Validation.Invalid("evidence.invalid.url-kind", ref.kind(), kinds.get(0)))
                .orElse(checked);
    }

    /**
     * A profile's link built from the one username written where the link was asked ("mon pseudo
     * c’est @jeanne.m75", "c’est jeanne.m75 je crois": a handle, else the one word shaped like a
     * username), with {@code profileLink} turning a name into the platform's address:
     * valid, to be confirmed by the person, who has to open it to know; refused, naming them, when
     * several are written; empty when there is no username to build from.
     */
    public Optional<Validation> profileFromUsername(String input, Function<String, Optional<String>> profileLink,
                                                  ValidationContext context) {
        List<String> names = UsernameEvidence.names(input == null ? "" : input.strip());
        if (names.size() > 1) {
            return Optional.of(new Validation.Invalid("evidence.invalid.username-several", String.join(", ", names)));
        }
        return names.stream().findFirst().flatMap(name -> profileLink.apply(name.startsWith("@") ? name.substring(1) : name))
                .map(link -> links.check(link, context))
                .filter(Validation.Valid.class::isInstance);
    }

    /** The name and calling code of a country, for the buttons that ask it. */
    public String countryLabel(String region, Locale locale) {
        return phones.countryLabel(region, locale);
    }

    public boolean knowsRegion(String region) {
        return phones.knowsRegion(region);
    }

    /** The main country of a calling code ("BE" for 32), or "ZZ" when none. */
    public String regionOfCallingCode(int callingCode) {
        return phones.regionOf(callingCode);
    }

    /** Numeric ids, typed or read from a pasted link (an event's, a post's, a profile's). */
    private Validation id(String text, ValidationContext context) {
        if (LinkEvidence.parse(text).isPresent()) {
            Validation link = links.check(text, new ValidationContext(List.of(), context.locale(), context.region(),
                    context.now(), context.zone(), List.of()));
            if (link instanceof Validation.Valid valid && valid.reference() != null) {
                LinkIds.Ref ref = LinkIds.Ref.decode(valid.reference()).orElseThrow();
                if (NUMERIC_ID.matcher(ref.id()).matches()) {
                    return new Validation.Valid(ref.id(), ref.id(), valid.reference());
                }
            }
            return new Validation.Invalid("evidence.invalid.id-link");
        }
        Matcher digits = DIGIT_RUN.matcher(text);
        String found = null;
        while (digits.find()) {
            if (found != null) {
                return new Validation.Invalid("evidence.invalid.id-several");
            }
            found = digits.group().replace(" ", "");
        }
        if (found == null || !NUMERIC_ID.matcher(found).matches()) {
            return new Validation.Invalid("evidence.invalid.id");
        }
        return new Validation.Valid(found, found);
    }

    private static Validation email(String text) {
        String address = inSentence(text.startsWith("mailto:") ? text.substring(7) : text);
        if (!address.contains("@")) {
            return new Validation.Invalid("evidence.invalid.email-at");
        }
        if (address.contains(" ")) {
            return new Validation.Invalid("evidence.invalid.email-space");
        }
        if (address.length() > EMAIL_MAX || !EMAIL.matcher(address).matches()) {
            return new Validation.Invalid("evidence.invalid.email");
        }
        int at = address.lastIndexOf('@');
        String normalised = address.substring(0, at) + "@" + address.substring(at + 1).toLowerCase(Locale.ROOT);
        return new Validation.Valid(normalised, normalised);
    }

    /**
     * The address in "mon mail c’est jeanne@example.fr", "c'est jeanne@example.fr mon mail" or
     * "email: jeanne@example.fr". With a single other word before it ("jeanne martin@example.fr") the
     * space may be inside the address, so the text is left whole, to be refused precisely.
     */
    private static String inSentence(String text) {
        Matcher found = EMAIL_IN_TEXT.matcher(text);
        if (!text.contains(" ") || !found.find()) {
            return text;
        }
        String address = found.group();
        String before = text.substring(0, found.start()).strip();
        boolean leadIn = before.endsWith(":") || before.split("\\s+").length >= 2 || LEAD_IN_WORD.matcher(before).matches();
        return leadIn && !found.find() ? address : text;
    }

    private static Validation text(String text) {
        if (text.codePointCount(0, text.length()) < TEXT_MIN) {
            return new Validation.Invalid("evidence.invalid.text-short");
        }
        if (text.codePointCount(0, text.length()) > TEXT_MAX) {
            return new Validation.Invalid("evidence.invalid.text-long", TEXT_MAX);
        }
        return new Validation.Valid(text, text);
    }

    /**
     * The handle in "c’est @jeanne.m75 je crois" or in a profile's link, else the text as typed
     * ({@link UsernameEvidence}); several different handles are refused, naming them, for the
     * person to say which is the account's. Length bounds as for text.
     */
    private Validation username(String text, ValidationContext context) {
        if (text.codePointCount(0, text.length()) > TEXT_MAX) {
            return new Validation.Invalid("evidence.invalid.text-long", TEXT_MAX);
        }
        UsernameEvidence.Read read = usernames.read(text, context.platformDomains());
        if (!read.several().isEmpty()) {
            return new Validation.Invalid("evidence.invalid.username-several", String.join(", ", read.several()));
        }
        String name = read.value();
        if (name.codePointCount(0, name.length()) < TEXT_MIN) {
            // "Give a few more words" would be the wrong advice: a name is one word.
            return new Validation.Invalid("evidence.invalid.username-short");
        }
        return new Validation.Valid(name, name);
    }

    /** An option by its number, its id or its label in either language (accents and case aside). */
    private static Validation choice(String text, ValidationContext context) {
        List<EvidenceOption> options = context.options();
        String typed = DateTimeReader.simplify(text);
        Locale locale = context.english() ? Locale.ENGLISH : Locale.FRENCH;
        for (int i = 0; i < options.size(); i++) {
            EvidenceOption option = options.get(i);
            if (typed.equals(String.valueOf(i + 1)) || typed.equals(option.id())
                    || typed.equals(DateTimeReader.simplify(option.label().fr()))
                    || typed.equals(DateTimeReader.simplify(option.label().en()))) {
                String label = option.label().in(locale);
                return new Validation.Valid(label, label, option.id());
            }
        }
        return new Validation.Invalid("evidence.invalid.choice");
    }
}
