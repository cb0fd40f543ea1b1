package app.relais.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.catalog.EvidenceOption;
import app.relais.catalog.EvidenceType;
import app.relais.catalog.LocalizedText;
import app.relais.testing.HostileText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a user types into an evidence question, the validators answer (never throw), and what
 * they accept is already normalised: checked again, it stays itself. Phone numbers come out in
 * E.164; dates are never in the future. Now is Saturday 21 November 2026, 21:00 in Paris.
 */
class EvidenceValidatorsProperties {

    private static final Instant NOW = Instant.parse("2026-11-21T20:00:00Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final List<String> FACEBOOK = List.of("facebook.com", "m.facebook.com", "www.facebook.com", "fb.me");
    private static final List<EvidenceOption> ROLES = List.of(
            new EvidenceOption("organizer", new LocalizedText("Organisateur", "Organizer")),
            new EvidenceOption("attendee", new LocalizedText("Participant", "Attendee")));

    private final EvidenceValidators validators = new EvidenceValidators();

    @Property(tries = 400)
    void anyTextOfAnyTypeIsAnsweredNeverThrown(@ForAll EvidenceType type, @ForAll("typed") String input,
                                               @ForAll("contexts") ValidationContext context) {
        Validation outcome = validators.validate(type, input, context);
        assertThat(outcome).isNotNull();
        if (outcome instanceof Validation.Invalid invalid) {
            assertThat(invalid.messageKey()).startsWith("evidence.invalid.");
        }
    }

    @Property(tries = 400)
    void whatIsAcceptedIsNormalisedAndAcceptedAgainAsItself(@ForAll("checkedAgain") EvidenceType type,
                                                           @ForAll("typed") String input,
                                                           @ForAll("contexts") ValidationContext context) {
        Validation outcome = validators.validate(type, input, context);
        if (outcome instanceof Validation.Valid valid) {
            assertThat(valid.value()).isEqualTo(valid.value().strip()).isNotEmpty();
            assertThat(validators.validate(type, valid.value(), context)).isInstanceOfSatisfying(Validation.Valid.class,
                    again -> assertThat(again.value()).isEqualTo(valid.value()));
        }
    }

    @Property(tries = 400)
    void acceptedPhoneNumbersAreE164AndStable(@ForAll("phones") String input, @ForAll("contexts") ValidationContext context) {
        Validation outcome = validators.validate(EvidenceType.PHONE, input, context);
        if (outcome instanceof Validation.Valid valid) {
            assertThat(valid.value()).matches("\\+[1-9]\\d{1,14}");
            assertThat(validators.validate(EvidenceType.PHONE, valid.value(), context))
                    .isInstanceOfSatisfying(Validation.Valid.class, again -> assertThat(again.value()).isEqualTo(valid.value()));
        }
        if (outcome instanceof Validation.NeedsRegion needs) {
            assertThat(needs.likelyRegions()).allSatisfy(region -> assertThat(region).matches("[A-Z]{2}"));
        }
    }

    @Property(tries = 400)
    void acceptedDatesAreNeverInTheFuture(@ForAll("dates") String input, @ForAll("contexts") ValidationContext context) {
        Validation outcome = validators.validate(EvidenceType.DATETIME, input, context);
        if (outcome instanceof Validation.Valid valid) {
            Instant at = valid.value().contains("T")
                    ? OffsetDateTime.parse(valid.value()).toInstant()
                    : LocalDate.parse(valid.value()).atStartOfDay(PARIS).toInstant();
            assertThat(at).isBeforeOrEqualTo(NOW.plusSeconds(300));
        }
    }

    @Provide
    Arbitrary<String> typed() {
        return Arbitraries.oneOf(HostileText.any(12), HostileText.huge(3000), phones(), dates(), emails(), links(),
                usernames());
    }

    @Provide
    Arbitrary<EvidenceType> checkedAgain() {
        // A choice is normalised to its label, read back in either language; a file is never typed.
        return Arbitraries.of(EvidenceType.URL, EvidenceType.ID, EvidenceType.PHONE, EvidenceType.EMAIL,
                EvidenceType.TEXT, EvidenceType.USERNAME, EvidenceType.DATETIME);
    }

    @Provide
    Arbitrary<ValidationContext> contexts() {
        return Combinators.combine(Arbitraries.of("fr", "en"), Arbitraries.of("FR", "BE", "GB", "US", "MA", "")
                .injectNull(0.3)).as((language, region) ->
                new ValidationContext(FACEBOOK, Locale.forLanguageTag(language), region, NOW, PARIS, ROLES));
    }

    @Provide
    Arbitrary<String> phones() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(18);
        Arbitrary<String> prefix = Arbitraries.of("", "+", "00", "+33 ", "0", "+1 ", "+44 (0)", "tel:", "06 ", "+212 ");
        Arbitrary<String> noise = Arbitraries.of("", " ", ".", "-", " ext. 12", "\u202e", "📞", "\u00a0");
        return Combinators.combine(prefix, digits, noise, digits).as((p, a, n, b) -> p + a + n + b);
    }

    @Provide
    Arbitrary<String> dates() {
        Arbitrary<Integer> day = Arbitraries.integers().between(0, 32);
        Arbitrary<Integer> month = Arbitraries.integers().between(0, 13);
        // From 1912: until 1911 Paris kept local mean time (+00:09:21), an offset that ISO-8601 writes
        // with seconds and that is not read back identically; no account incident is that old.
        Arbitrary<Integer> year = Arbitraries.integers().between(1912, 2200);
        Arbitrary<String> time = Arbitraries.of("", " 21:30", " 23:59", " à 9h", " at 00:00", " 25:61", " vers 8h15");
        Arbitrary<String> numeric = Combinators.combine(day, month, year, time)
                .as((d, m, y, t) -> d + "/" + m + "/" + y + t);
        Arbitrary<String> words = Arbitraries.of("hier", "aujourd’hui", "demain", "yesterday", "today", "tomorrow",
                "lundi dernier", "last friday", "le 12 novembre", "12 novembre 2027", "31 février", "in 2 days",
                "2026-11-21T20:04:00Z", "2026-11-21T21:30+01:00", "2026-12-01", "ce soir 23:30", "tonight");
        return Arbitraries.oneOf(numeric, words, Combinators.combine(words, time).as(String::concat));
    }

    private static Arbitrary<String> emails() {
        return Combinators.combine(HostileText.wellFormed(2), Arbitraries.of("@", "@@", ""),
                Arbitraries.of("example.fr", "EXAMPLE.COM", "ex-ample.co.uk", "xn--bcher-kva.de", "a.b", "é.fr"))
                .as((local, at, domain) -> "jeanne" + local + at + domain);
    }

    /** Handles and profile links inside sentences, with what people type around them. */
    private static Arbitrary<String> usernames() {
        return Combinators.combine(Arbitraries.of("", "c'est ", "mon pseudo : ", "it’s ", "«", "(", "@@",
                                "https://www.facebook.com/", "facebook.com/@", "https://www.facebook.com/in/", "jeanne@"),
                        Arbitraries.of("@", "", "@."), HostileText.wellFormed(2),
                        Arbitraries.of("", ".", "-", " je crois", "», ", ")!", " @autre", " ou @Jeanne", "/video/123", "?igsh=x"))
                .as((lead, at, name, tail) -> lead + at + "jeanne" + name + tail);
    }

    private static Arbitrary<String> links() {
        return Combinators.combine(Arbitraries.of("https://www.facebook.com/", "http://m.facebook.com/",
                        "facebook.com/", "https://fb.me/e/", "https://evil.example/"),
                Arbitraries.of("events/123456789012345", "profile.php?id=100012345678901", "jeanne.martin",
                        "groups/9/permalink/1122334455/", "watch/?v=1234567890", ""),
                HostileText.wellFormed(3)).as((host, path, tail) -> host + path + tail);
    }
}
