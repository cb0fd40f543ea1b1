package app.relais.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.catalog.CatalogLoader;
import app.relais.catalog.EvidenceOption;
import app.relais.catalog.EvidenceType;
import app.relais.catalog.LocalizedText;
import app.relais.catalog.Platform;
import app.relais.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every evidence type with good and bad answers, as French and English speakers write them. Now
 * is Saturday 21 November 2026, 21:00 in Paris.
 */
class EvidenceValidatorsTest {

    private static final Instant NOW = Instant.parse("2026-11-21T20:00:00Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final List<String> FACEBOOK = List.of("facebook.com", "m.facebook.com", "www.facebook.com",
            "fb.com", "fb.me");
    private static final List<EvidenceOption> ROLES = List.of(
            new EvidenceOption("organizer", new LocalizedText("Organisateur", "Organizer")),
            new EvidenceOption("attendee", new LocalizedText("Participant", "Attendee")));

    private final EvidenceValidators validators = new EvidenceValidators();

    private static ValidationContext context(String language, String region, List<String> domains) {
        return new ValidationContext(domains, Locale.forLanguageTag(language), region, NOW, PARIS, ROLES);
    }

    private Validation check(EvidenceType type, String input, String language, String region) {
        return validators.validate(type, input, context(language, region, FACEBOOK));
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            fr | https://www.facebook.com/events/123456789012345/?ref=newsfeed&fbclid=IwAR0abc | https://www.facebook.com/events/123456789012345 | event:123456789012345
            fr | HTTP://M.Facebook.com/profile.php?id=100012345678901&utm_source=sms         | https://m.facebook.com/profile.php?id=100012345678901 | profile:100012345678901
            fr | facebook.com/jeanne.martin                                                   | https://facebook.com/jeanne.martin | profile:jeanne.martin
            fr | voici le lien : https://www.facebook.com/groups/987654321/permalink/1122334455/ merci | https://www.facebook.com/groups/987654321/permalink/1122334455 | post:1122334455
            en | https://www.facebook.com/LaBellePage/posts/pfbid0abcDEF123?__cft__[0]=AZX&__tn__=R | https://www.facebook.com/LaBellePage/posts/pfbid0abcDEF123 | post:pfbid0abcDEF123
            en | https://www.facebook.com/watch/?v=1234567890&utm_campaign=x                  | https://www.facebook.com/watch?v=1234567890 | video:1234567890
            en | https://www.facebook.com/pages/Salle-des-fetes/1234567890123                 | https://www.facebook.com/pages/Salle-des-fetes/1234567890123 | page:1234567890123
            en | https://fb.me/e/abc123#comments                                              | https://fb.me/e/abc123 |
            en | (https://www.facebook.com/help/).                                            | https://www.facebook.com/help |
            """)
    void urlsOfThePlatformAreNormalisedAndTheirIdRead(String language, String input, String normalised, String reference) {
        Validation result = check(EvidenceType.URL, input, language, null);
        assertThat(result).isEqualTo(new Validation.Valid(normalised, normalised, reference));
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | https://facebook.com.secure-login.example/jeanne   | evidence.invalid.url-host
            fr | https://evilfacebook.com/jeanne                    | evidence.invalid.url-host
            en | www.instagram.com/jeanne                           | evidence.invalid.url-host
            fr | https://facebook.com@evil.example/                 | evidence.invalid.url
            en | javascript:alert(1)                                | evidence.invalid.url
            fr | pas de lien, désolé                                | evidence.invalid.url
            en | https://www.facebook.com:8443/jeanne               | evidence.invalid.url
            """)
    void linksThatAreNotThePlatformsAreRefusedPrecisely(String language, String input, String key) {
        assertRefused(check(EvidenceType.URL, input, language, null), key, language);
    }

    @Test
    void otherPlatformsLinksFollowTheirOwnDomains() {
        assertThat(validators.validate(EvidenceType.URL, "https://wa.me/33612345678?text=bonjour",
                context("fr", null, List.of("whatsapp.com", "wa.me"))))
                .isEqualTo(new Validation.Valid("https://wa.me/33612345678?text=bonjour",
                        "https://wa.me/33612345678?text=bonjour", "phone:+33612345678"));
        assertThat(validators.validate(EvidenceType.URL, "https://www.Instagram.com/p/CxYz123abc/?igsh=MXR2",
                context("en", null, List.of("instagram.com"))))
                .isEqualTo(new Validation.Valid("https://www.instagram.com/p/CxYz123abc",
                        "https://www.instagram.com/p/CxYz123abc", "post:CxYz123abc"));
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | 123456789012345                                        | 123456789012345
            fr | 1234 5678 9012                                         | 123456789012
            fr | l’identifiant est 98765432                             | 98765432
            en | https://www.facebook.com/events/123456789012345/       | 123456789012345
            en | https://m.facebook.com/profile.php?id=100012345678901  | 100012345678901
            """)
    void idsAreDigitsTypedOrReadFromALink(String language, String input, String id) {
        assertThat(check(EvidenceType.ID, input, language, null)).isInstanceOfSatisfying(Validation.Valid.class,
                valid -> assertThat(valid.value()).isEqualTo(id));
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | abc                                      | evidence.invalid.id
            en | 12                                       | evidence.invalid.id
            fr | https://www.facebook.com/jeanne.martin   | evidence.invalid.id-link
            en | 123456 or maybe 7891011                  | evidence.invalid.id-several
            """)
    void badIdsAreRefusedPrecisely(String language, String input, String key) {
        assertRefused(check(EvidenceType.ID, input, language, null), key, language);
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | hier vers 14h              | 2026-11-20T14:00:00+01:00 | vendredi 20 novembre 2026 à 14:00
            fr | le 3 mars à 9h30           | 2026-03-03T09:30:00+01:00 | mardi 3 mars 2026 à 09:30
            fr | 03/03 21:15                | 2026-03-03T21:15:00+01:00 | mardi 3 mars 2026 à 21:15
            fr | 12 novembre 2026           | 2026-11-12                | jeudi 12 novembre 2026
            fr | 12/11/2026 21h30           | 2026-11-12T21:30:00+01:00 | jeudi 12 novembre 2026 à 21:30
            fr | Avant-hier à midi          | 2026-11-19T12:00:00+01:00 | jeudi 19 novembre 2026 à 12:00
            fr | le 25 décembre             | 2025-12-25                | jeudi 25 décembre 2025
            fr | aujourd’hui à 20h          | 2026-11-21T20:00:00+01:00 | samedi 21 novembre 2026 à 20:00
            fr | il y a 3 jours             | 2026-11-18                | mercredi 18 novembre 2026
            fr | 1er août 2025 à 8h         | 2025-08-01T08:00:00+02:00 | vendredi 1 août 2025 à 08:00
            fr | hier soir vers 10h du soir | 2026-11-20T22:00:00+01:00 | vendredi 20 novembre 2026 à 22:00
            en | yesterday at 2pm           | 2026-11-20T14:00:00+01:00 | Friday, November 20, 2026 at 14:00
            en | March 3rd at 9:30am        | 2026-03-03T09:30:00+01:00 | Tuesday, March 3, 2026 at 09:30
            en | 3 March 2026 21:15         | 2026-03-03T21:15:00+01:00 | Tuesday, March 3, 2026 at 21:15
            en | 2026-03-12 21:30           | 2026-03-12T21:30:00+01:00 | Thursday, March 12, 2026 at 21:30
            en | 2026-11-12T20:30:00Z       | 2026-11-12T21:30:00+01:00 | Thursday, November 12, 2026 at 21:30
            en | today at noon              | 2026-11-21T12:00:00+01:00 | Saturday, November 21, 2026 at 12:00
            en | 3 days ago                 | 2026-11-18                | Wednesday, November 18, 2026
            en | December 25                | 2025-12-25                | Thursday, December 25, 2025
            """)
    void datesAreReadInTheUsersTimeZoneAndShownBackInWords(String language, String input, String value, String display) {
        assertThat(check(EvidenceType.DATETIME, input, language, null)).isEqualTo(new Validation.Valid(value, display));
    }

    @Test
    void americansWriteTheMonthFirst() {
        assertThat(check(EvidenceType.DATETIME, "03/12/2026 9:30pm", "en", "US"))
                .isEqualTo(new Validation.Valid("2026-03-12T21:30:00+01:00", "Thursday, March 12, 2026 at 21:30"));
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | demain                   | evidence.invalid.future
            fr | aujourd’hui à 23h        | evidence.invalid.future
            en | 12/11/2027               | evidence.invalid.future
            en | tomorrow at 9am          | evidence.invalid.future
            fr | 31/02/2026               | evidence.invalid.datetime-day
            fr | hier à 25h               | evidence.invalid.datetime-day
            en | yesterday at 13pm        | evidence.invalid.datetime-day
            fr | je ne sais plus          | evidence.invalid.datetime
            en | a while back             | evidence.invalid.datetime
            """)
    void impossibleOrFutureDatesAreRefusedPrecisely(String language, String input, String key) {
        assertRefused(check(EvidenceType.DATETIME, input, language, null), key, language);
    }

    @ParameterizedTest(name = "[{0}/{2}] {1} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | 06 12 34 56 78            | FR | +33612345678  | +33 6 12 34 56 78
            fr | 0033 6 12 34 56 78        |    | +33612345678  | +33 6 12 34 56 78
            fr | +32 470 12 34 56          |    | +32470123456  | +32 470 12 34 56
            fr | 0470 12 34 56             | BE | +32470123456  | +32 470 12 34 56
            en | 07400 123456              | GB | +447400123456 | +44 7400 123456
            en | +1 (415) 555-2671         |    | +14155552671  | +1 415-555-2671
            """)
    void phonesAreStoredInE164(String language, String input, String region, String e164, String display) {
        assertThat(check(EvidenceType.PHONE, input, language, region)).isEqualTo(new Validation.Valid(e164, display));
    }

    @Test
    void aNationalNumberWithoutAnyCountryAsksWhichCountryLikelyOnesFirst() {
        assertThat(check(EvidenceType.PHONE, "06 12 34 56 78", "fr", null)).isInstanceOfSatisfying(
                Validation.NeedsRegion.class, needs -> assertThat(needs.likelyRegions()).startsWith("FR", "BE", "CH"));
        assertThat(check(EvidenceType.PHONE, "07400 123456", "en", null)).isInstanceOfSatisfying(
                Validation.NeedsRegion.class, needs -> assertThat(needs.likelyRegions()).startsWith("GB", "US"));
        assertThat(validators.countryLabel("BE", Locale.FRENCH)).isEqualTo("Belgique (+32)");
    }

    @ParameterizedTest(name = "[{0}/{2}] {1} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | 06 12                     | FR | evidence.invalid.phone-short
            fr | +33 6 12 34 56 78 99 99 99 |    | evidence.invalid.phone-long
            en | +999 1234567              |    | evidence.invalid.phone-country
            en | call me maybe             | GB | evidence.invalid.phone
            en | +1 099 555 0100           |    | evidence.invalid.phone
            """)
    void badPhonesAreRefusedPrecisely(String language, String input, String region, String key) {
        assertRefused(check(EvidenceType.PHONE, input, language, region), key, language);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Jeanne.Martin@Example.FR       | Jeanne.Martin@example.fr
            en | mailto:sam+fb@mail.co.uk       | sam+fb@mail.co.uk
            fr | c'est jeanne.martin@orange.fr mon mail | jeanne.martin@orange.fr
            fr | c’est jeanne.martin@orange.fr  | jeanne.martin@orange.fr
            fr | voici jeanne.martin@orange.fr  | jeanne.martin@orange.fr
            en | it's sam@mail.co.uk            | sam@mail.co.uk
            """)
    void emailsKeepTheirLocalPartAndLowerTheDomain(String language, String input, String email) {
        assertThat(check(EvidenceType.EMAIL, input, language, null)).isEqualTo(new Validation.Valid(email, email));
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | jeanne martin@example.fr    | evidence.invalid.email-space
            en | jeanne.example.fr           | evidence.invalid.email-at
            fr | jeanne@example              | evidence.invalid.email
            en | jeanne@@example.fr          | evidence.invalid.email
            fr | jeanne..m@example.fr        | evidence.invalid.email
            """)
    void badEmailsAreRefusedPrecisely(String language, String input, String key) {
        assertRefused(check(EvidenceType.EMAIL, input, language, null), key, language);
    }

    @Test
    void textHasLengthBounds() {
        assertThat(check(EvidenceType.TEXT, "  ok  ", "fr", null)).isEqualTo(new Validation.Valid("ok", "ok"));
        assertRefused(check(EvidenceType.TEXT, "a", "fr", null), "evidence.invalid.text-short", "fr");
        assertRefused(check(EvidenceType.TEXT, "x".repeat(EvidenceValidators.TEXT_MAX + 1), "en", null),
                "evidence.invalid.text-long", "en");
        assertRefused(check(EvidenceType.TEXT, "   ", "en", null), "evidence.invalid.empty", "en");
    }

    /** The platforms' domains as their catalog files list them. */
    private static final Map<String, List<String>> DOMAINS = Map.of(
            "facebook", FACEBOOK,
            "tiktok", List.of("tiktok.com", "www.tiktok.com", "vm.tiktok.com", "support.tiktok.com"),
            "instagram", List.of("instagram.com", "www.instagram.com", "instagr.am", "help.instagram.com"),
            "youtube", List.of("youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be", "studio.youtube.com"),
            "linkedin", List.of("linkedin.com", "www.linkedin.com", "lnkd.in"),
            "snapchat", List.of("snapchat.com", "www.snapchat.com", "accounts.snapchat.com", "help.snapchat.com"));

    private Validation username(String platform, String input, String language) {
        return validators.validate(EvidenceType.USERNAME, input, context(language, null, DOMAINS.get(platform)));
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            tiktok    | c'est @jeanne.m75 je crois                                   | @jeanne.m75
            tiktok    | c’est @jeanne.m75 je crois                                   | @jeanne.m75
            instagram | mon pseudo : @Boutique_Dupont.                               | @Boutique_Dupont
            tiktok    | @jeanne.m75                                                  | @jeanne.m75
            snapchat  | c’est (@jeanne.m75) sur snap                                 | @jeanne.m75
            youtube   | my channel is @BoutiqueDupont!                               | @BoutiqueDupont
            tiktok    | «@jeanne.m75», oui @Jeanne.M75 avec le point                 | @jeanne.m75
            tiktok    | @jeanne.m75, mon mail c’est jeanne@gmail.com                 | @jeanne.m75
            tiktok    | c'est jeanne.m75 je crois                                    | jeanne.m75
            instagram | mon pseudo c’est boutique_dupont.                            | boutique_dupont
            """)
    void theHandleIsTakenOutOfTheSentence(String platform, String input, String handle) {
        assertThat(username(platform, input, "fr")).isEqualTo(new Validation.Valid(handle, handle));
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            tiktok    | https://www.tiktok.com/@jeanne.m75                           | @jeanne.m75
            tiktok    | mon profil : tiktok.com/@jeanne.m75 voilà                    | @jeanne.m75
            tiktok    | https://www.tiktok.com/@jeanne.m75?lang=fr&is_from_webapp=1  | @jeanne.m75
            tiktok    | https://www.tiktok.com/@jeanne.m75/video/7301234567890123456 | @jeanne.m75
            youtube   | https://www.youtube.com/@BoutiqueDupont/videos               | @BoutiqueDupont
            instagram | instagram.com/jeanne.m75                                     | jeanne.m75
            instagram | c’est https://www.instagram.com/boutique_dupont/?igsh=MXR2 je crois | boutique_dupont
            facebook  | le lien c’est facebook.com/jeanne.martin !                   | jeanne.martin
            linkedin  | https://www.linkedin.com/in/jeanne-martin-4a2b1c/            | jeanne-martin-4a2b1c
            snapchat  | https://www.snapchat.com/add/jeanne.m75?share_id=abc         | jeanne.m75
            """)
    void aProfileLinkGivesTheNameInItsPath(String platform, String input, String name) {
        assertThat(username(platform, input, "fr")).isEqualTo(new Validation.Valid(name, name));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            tiktok    | jeanne.m75                         | jeanne.m75
            instagram | jeanne_m75.                        | jeanne_m75
            youtube   | Boutique Dupont                    | Boutique Dupont
            youtube   | Les recettes de Mamie Jeanne       | Les recettes de Mamie Jeanne
            tiktok    | c'est jeanne.m75 ou jeanne_m75     | c'est jeanne.m75 ou jeanne_m75
            youtube   | la chaîne Mamie Jeanne, je crois   | la chaîne Mamie Jeanne, je crois
            tiktok    | jeanne@gmail.com                   | jeanne@gmail.com
            snapchat  | mon mail c’est jeanne@gmail.com    | mon mail c’est jeanne@gmail.com
            facebook  | https://www.facebook.com/profile.php?id=100012345678901 | https://www.facebook.com/profile.php?id=100012345678901
            instagram | https://www.instagram.com/p/CxYz123abc/ | https://www.instagram.com/p/CxYz123abc/
            tiktok    | https://vm.tiktok.com/ZMabc123/    | https://vm.tiktok.com/ZMabc123/
            youtube   | https://youtu.be/dQw4w9WgXcQ       | https://youtu.be/dQw4w9WgXcQ
            tiktok    | instagram.com/jeanne.m75           | instagram.com/jeanne.m75
            """)
    void aNameThatCannotBeToldApartIsKeptAsTyped(String platform, String input, String kept) {
        assertThat(username(platform, input, "fr")).isEqualTo(new Validation.Valid(kept, kept));
    }

    @Test
    void severalHandlesAreRefusedNamingThemInTheUsersLanguage() {
        Validation.Invalid fr = (Validation.Invalid) username("tiktok", "@jeanne.m75 ou @jeanne_m75, je sais plus", "fr");
        assertThat(fr.messageKey()).isEqualTo("evidence.invalid.username-several");
        assertThat(Messages.of("fr").get(fr.messageKey(), fr.args().toArray()))
                .isEqualTo("Je vois plusieurs noms d’utilisateur dans votre message (@jeanne.m75, @jeanne_m75)."
                        + " Lequel est celui du compte ? Envoyez-le seul.");
        Validation.Invalid en = (Validation.Invalid) username("instagram", "either @jeanne.m75 or @old_jeanne or @jm75", "en");
        assertThat(Messages.of("en").get(en.messageKey(), en.args().toArray()))
                .isEqualTo("I see several usernames in your message (@jeanne.m75, @old_jeanne, @jm75)."
                        + " Which one is the account’s? Send just that one.");
    }

    @Test
    void aUsernameHasTheLengthBoundsOfText() {
        assertThat(username("tiktok", "@j", "fr")).isEqualTo(new Validation.Valid("@j", "@j"));
        assertRefused(username("tiktok", "j", "fr"), "evidence.invalid.username-short", "fr");
        assertRefused(username("tiktok", "j.", "en"), "evidence.invalid.username-short", "en");
        assertRefused(username("tiktok", "   ", "fr"), "evidence.invalid.empty", "fr");
        assertRefused(username("tiktok", "@jeanne " + "x".repeat(EvidenceValidators.TEXT_MAX), "en"),
                "evidence.invalid.text-long", "en");
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | 1             | Organisateur | organizer
            fr | organizer     | Organisateur | organizer
            fr | PARTICIPANT   | Participant  | attendee
            en | organisateur  | Organizer    | organizer
            en | 2             | Attendee     | attendee
            """)
    void choicesAcceptANumberAnIdOrALabelInEitherLanguage(String language, String input, String label, String id) {
        assertThat(check(EvidenceType.CHOICE, input, language, null)).isEqualTo(new Validation.Valid(label, label, id));
    }

    @Test
    void aChoiceOutsideTheOptionsIsRefused() {
        assertRefused(check(EvidenceType.CHOICE, "3", "fr", null), "evidence.invalid.choice", "fr");
        assertRefused(check(EvidenceType.CHOICE, "autre chose", "en", null), "evidence.invalid.choice", "en");
    }

    @Test
    void refusalsNameWhatIsWrongInTheUsersLanguage() {
        Validation.Invalid host = (Validation.Invalid) check(EvidenceType.URL, "https://evil.example/x", "fr", null);
        assertThat(Messages.of("fr").get(host.messageKey(), host.args().toArray()))
                .isEqualTo("Ce lien mène à evil.example, pas à la plateforme concernée. Envoyez un lien facebook.com.");
        assertThat(Messages.of("en").get(host.messageKey(), host.args().toArray()))
                .isEqualTo("This link goes to evil.example, not to the platform concerned. Send a facebook.com link.");
    }

    private static void assertRefused(Validation result, String key, String language) {
        assertThat(result).isInstanceOfSatisfying(Validation.Invalid.class, invalid -> {
            assertThat(invalid.messageKey()).isEqualTo(key);
            assertThat(Messages.of(language).get(key, invalid.args().toArray())).isNotBlank();
        });
    }

    /** Every catalog's {@code profile_link}, given a handle, builds a link of the platform read as that profile. */
    @Test
    void everyCatalogProfileLinkBuiltFromAHandleIsReadAsThatProfile() {
        List<Platform> built = new CatalogLoader().load().platforms().stream()
                .filter(p -> p.profileLinkOf("x").isPresent()).toList();
        assertThat(built).extracting(Platform::id).contains("instagram", "tiktok", "youtube");
        for (Platform platform : built) {
            Validation read = validators.profileFromUsername("mon pseudo c’est @jeanne.m75.", platform::profileLinkOf,
                    context("fr", null, platform.domains())).orElseThrow();
            assertThat(read).as(platform.id()).isInstanceOfSatisfying(Validation.Valid.class, valid -> {
                assertThat(valid.value()).startsWith("https://").endsWith("jeanne.m75");
                assertThat(valid.reference()).isEqualTo("profile:jeanne.m75");
            });
        }
    }

    @Test
    void aProfileLinkIsBuiltFromOneHandleOnly() {
        var instagram = new CatalogLoader().load().platform("instagram").orElseThrow();
        var context = context("fr", null, instagram.domains());
        assertThat(validators.profileFromUsername("jeanne martin", instagram::profileLinkOf, context)).isEmpty();
        assertThat(validators.profileFromUsername("c’est jeanne.m75 je crois", instagram::profileLinkOf, context))
                .contains(new Validation.Valid("https://www.instagram.com/jeanne.m75", "https://www.instagram.com/jeanne.m75",
                        "profile:jeanne.m75"));
        assertThat(validators.profileFromUsername("jeanne@gmail.com", instagram::profileLinkOf, context)).isEmpty();
        assertThat(validators.profileFromUsername("@jeanne.m75 ou @jm75", instagram::profileLinkOf, context))
                .contains(new Validation.Invalid("evidence.invalid.username-several", "@jeanne.m75, @jm75"));
        var facebook = new CatalogLoader().load().platform("facebook").orElseThrow();
        assertThat(validators.profileFromUsername("@jeanne.m75", facebook::profileLinkOf, context(
                "fr", null, facebook.domains()))).as("Facebook has no profile_link: its addresses do not follow a username").isEmpty();
    }
}
