package app.relais.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A broken catalog stops the start with the file, the line and what is wrong. */
class CatalogLoaderTest {

    @Test
    void theShippedCatalogLoadsAndHasTheWalkingSkeletonProblems() {
        Catalog catalog = new CatalogLoader().load();
        assertThat(catalog.problem("facebook/account-hacked")).isPresent();
        assertThat(catalog.problem("facebook/content-removed")).isPresent();
        assertThat(catalog.problem("facebook/legal")).isPresent();
        assertThat(catalog.problem("whatsapp/account-banned")).isPresent();
        assertThat(catalog.require("facebook/account-hacked").emailChannel().orElseThrow().address())
                .isEqualTo("abuse@facebook.com");
    }

    @Test
    void everyProblemOfTheDesignTableIsInTheCatalog() {
        Catalog catalog = new CatalogLoader().load();
        List<String> expected = new ArrayList<>();
        for (String id : List.of("account-hacked", "impersonation", "fraudulent-event", "hateful-content", "spam-attack",
                "moderation-failure", "content-removed", "restricted", "event-technical", "payment-dispute",
                "account-locked", "legal", "monetization")) {
            expected.add("facebook/" + id);
        }
        for (String id : List.of("account-banned", "verification-code", "payment", "business", "app-malfunction")) {
            expected.add("whatsapp/" + id);
        }
        expected.add("messenger/outage");
        for (String platform : List.of("instagram", "tiktok", "youtube", "linkedin", "snapchat")) {
            for (String id : List.of("account-hacked", "login", "monetization")) {
                expected.add(platform + "/" + id);
            }
        }
        assertThat(catalog.problems()).extracting(Problem::fullId).containsAll(expected);
    }

    @Test
    void theSeedsAddressesComeWithTheirDelaysAndNoAddressIsMadeUp() {
        Catalog catalog = new CatalogLoader().load();
        assertThat(catalog.require("facebook/content-removed").emailChannel().orElseThrow().address()).isEqualTo("appeals@fb.com");
        assertThat(catalog.require("facebook/legal").emailChannel().orElseThrow().delay()).isEqualTo(new DelayEstimate(168, 336));
        assertThat(catalog.require("whatsapp/payment").emailChannel().orElseThrow().address()).isEqualTo("payments@support.whatsapp.com");
        assertThat(catalog.require("whatsapp/business").emailChannel().orElseThrow().address()).isEqualTo("smb_web@support.whatsapp.com");
        assertThat(catalog.require("whatsapp/app-malfunction").emailChannels()).extracting(SupportChannel::address)
                .containsExactly("android_web@support.whatsapp.com", "iphone_web@support.whatsapp.com");
        Set<String> seedAddresses = Set.of("abuse@facebook.com", "appeals@fb.com", "legal@fb.com", "press@fb.com",
                "support@whatsapp.com", "smb_web@support.whatsapp.com", "payments@support.whatsapp.com",
                "android_web@support.whatsapp.com", "iphone_web@support.whatsapp.com");
        for (Problem problem : catalog.problems()) {
            assertThat(problem.emailChannels()).extracting(SupportChannel::address).as(problem.fullId()).allMatch(seedAddresses::contains);
        }
        for (Platform platform : catalog.platforms()) {
            platform.helpChannels().stream().filter(SupportChannel::isEmail)
                    .forEach(c -> assertThat(seedAddresses).as(platform.id()).contains(c.address()));
        }
        assertThat(catalog.require("facebook/account-locked").channels()).extracting(SupportChannel::kind).contains(ChannelKind.LIVE_CHAT);
        assertThat(catalog.require("messenger/outage").emailChannel()).isEmpty();
        assertThat(catalog.require("tiktok/login").emailChannel()).isEmpty();
    }

    @Test
    void aCueCannotMeanTwoAnswers() {
        var loader = new CatalogLoader(getClass().getClassLoader(), "broken/cue-twice");
        assertThatThrownBy(loader::load).isInstanceOf(CatalogException.class)
                .hasMessageContaining("broken/cue-twice/appeals.yml")
                .hasMessageContaining("cue 'non' is in both");
    }

    @Test
    void problemsWhoseOfficialPathCanRefuseSayWhatRemainsAfterANo() {
        Catalog catalog = new CatalogLoader().load();
        assertThat(catalog.appealCues()).isPresent();
        for (String id : List.of("whatsapp/account-banned", "facebook/account-locked", "facebook/restricted",
                "facebook/content-removed", "facebook/moderation-failure", "instagram/account-banned",
                "tiktok/account-banned", "youtube/account-banned")) {
            AfterRefusal refusal = catalog.require(id).refusal().orElseThrow(() -> new AssertionError(id + " has no after_refusal"));
            assertThat(refusal.next()).as(id).isNotEmpty();
        }
        for (Problem problem : catalog.problems()) {
            problem.refusal().ifPresent(r -> assertThat(r.next()).as(problem.fullId())
                    .allMatch(c -> !c.isLegal() || (!c.official() && c.url() != null)));
        }
    }

    @Test
    void everyItemSaysWhatLeavingItOutCostsAndOnlyWhatsAppNumbersCannotBeSkipped() {
        for (Problem problem : new CatalogLoader().load().problems()) {
            for (EvidenceItem item : problem.evidence()) {
                assertThat(item.ifMissing()).as(problem.fullId() + " " + item.id()).isNotNull();
                boolean blocking = !item.skippable();
                assertThat(blocking).as(problem.fullId() + " " + item.id())
                        .isEqualTo(problem.platform().equals("whatsapp") && item.id().equals("phone"));
            }
        }
    }

    @Test
    void suspendedAccountsAreAProblemOfTheirOwnOnTikTokInstagramAndYouTube() {
        Catalog catalog = new CatalogLoader().load();
        for (String platform : List.of("tiktok", "instagram", "youtube")) {
            Problem banned = catalog.require(platform + "/account-banned");
            assertThat(banned.evidence()).as(banned.fullId())
                    .allSatisfy(item -> assertThat(item.inLetter()).isNotNull())
                    .allSatisfy(item -> assertThat(item.ifMissing()).isNotNull());
            assertThat(banned.emailChannels()).as("no address is made up for " + banned.fullId()).isEmpty();
        }
    }

    @Test
    void theEventIdIsReadFromTheEventLink() {
        Problem spam = new CatalogLoader().load().require("facebook/spam-attack");
        assertThat(spam.evidence()).filteredOn(i -> i.id().equals("event-id")).singleElement()
                .extracting(EvidenceItem::derivedFrom).isEqualTo("event-url");
    }

    @Test
    void everyUsernameItemIsReadAsAUsername() {
        List<String> usernames = new ArrayList<>();
        for (Problem problem : new CatalogLoader().load().problems()) {
            problem.evidence().stream().filter(i -> i.id().equals("username")).forEach(item -> {
                assertThat(item.type()).as(problem.fullId()).isEqualTo(EvidenceType.USERNAME);
                usernames.add(problem.fullId());
            });
        }
        assertThat(usernames).hasSize(10).contains("tiktok/login", "tiktok/account-banned", "instagram/login",
                "youtube/login", "snapchat/login", "linkedin/login", "facebook/spam-attack");
    }

    @Test
    void onlyFacebookAndInstagramHaveAPaidSupportAndItIsMetaVerified() {
        Catalog catalog = new CatalogLoader().load();
        assertThat(catalog.platforms()).filteredOn(p -> p.paid().isPresent()).extracting(Platform::id)
                .containsExactly("facebook", "instagram");
        for (String platform : List.of("facebook", "instagram")) {
            LocalizedText paid = catalog.platform(platform).orElseThrow().paid().orElseThrow();
            assertThat(paid.fr()).as(platform).startsWith("Meta Verified, un abonnement facultatif de Meta");
            assertThat(paid.en()).as(platform).startsWith("Meta Verified, an optional Meta subscription");
        }
    }

    @Test
    void aNameCannotPointAtTwoPlatforms() {
        var loader = new CatalogLoader(getClass().getClassLoader(), "broken/shared-keyword");
        assertThatThrownBy(loader::load).isInstanceOf(CatalogException.class)
                .hasMessageContaining("keyword 'Demo' names two platforms: demo and other");
    }

    @Test
    void unofficialAddressesAreNeverPresentedAsOfficial() {
        for (Problem problem : new CatalogLoader().load().problems()) {
            problem.emailChannel().ifPresent(email -> assertThat(email.official() && email.confidence() == Confidence.LOW)
                    .as(problem.fullId()).isFalse());
            assertThat(problem.channels().get(0).isEmail()).as(problem.fullId() + " leads with an official channel").isFalse();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "missing-label | 13 | label",
            "unknown-key | 17 | colour",
            "bad-email | 19 | email channel needs a valid 'address'",
            "bad-severity | 16 | unknown severity 'apocalyptic'",
            "one-language | 2 | both 'fr' and 'en'",
            "email-first | 13 | must not lead with an email channel",
            "official-low-email | 19 | cannot be 'official: true'",
            "email-why-documented | 19 | must not say whether the address is documented",
            "few-examples | 17 | at least 3 'fr' and 3 'en' sentences",
            "missing-why-email | 13 | why_email",
            "legal-in-channels | 13 | lists a legal channel: offer it in 'after_refusal.next'",
            "legal-official | 33 | a legal channel is outside the platform",
            "refusal-no-next | 29 | needs at least one channel in 'next'",
            "refusal-email-next | 29 | cannot list an email channel",
            "missing-if-missing | 30 | if_missing",
            "cannot-skip-optional | 30 | has 'cannot_skip' but is not required",
            "derived-from-nothing | 14 | is 'derived_from' 'event-url', which is not a link item before it",
            "missing-in-letter | 28 | in_letter",
            "capital-in-letter | 28 | 'in_letter' is written as it reads inside a sentence",
            "empty-paid-support | 12 | both 'fr' and 'en'",
            "paid-support-full-stop | 13 | 'paid_support' is said inside a sentence, without final punctuation",
            "null-paid-support | 12 | 'paid_support' is empty",
            "profile-link-shape | 31 | 'profile_link' must be an https link with one {username} in its path",
            "own-words-not-text | 30 | has 'own_words' but is not of type text",
            "profile-link-host | 31 | the host of 'profile_link' (evil.example.net) is not one of its 'domains'",
    })
    void aBrokenFileIsNamedWithItsLine(String fixture, int line, String what) {
        var loader = new CatalogLoader(getClass().getClassLoader(), "broken/" + fixture);
        assertThatThrownBy(loader::load).isInstanceOf(CatalogException.class)
                .hasMessageContaining("broken/" + fixture + "/platform.yml, line " + line)
                .hasMessageContaining(what);
    }
}
