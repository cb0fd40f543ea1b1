package app.relais.bot.continuation;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.bot.store.Databases;
import app.relais.conversation.ConversationKey;
import app.relais.dossier.EvidenceEntry;
import app.relais.handoff.HandoffHook;
import app.relais.store.CaseData;
import app.relais.testing.MutableClock;
import app.relais.webchat.session.SessionTokens;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** A /continue link opens its own conversation, once, within its time, and nobody can make one up. */
class ContinuationLinksTest {

    private static final ConversationKey JEANNE = new ConversationKey("messenger", "6180230961927584");
    private static final URI SITE = URI.create("https://relais.example.org");
    private static final Pattern TOKEN = Pattern.compile("\\?continue=(.+)$");

    private final MutableClock clock = MutableClock.at("2026-11-21T20:00:00Z");
    private final SessionTokens keys = new SessionTokens("continuation-test-secret-continuation-test".getBytes(StandardCharsets.UTF_8));
    private final ContinuationLinks links = new ContinuationLinks(new JdbcTemplate(Databases.h2()), keys, clock);

    @Test
    void aLinkOpensItsConversationOnceOnly() {
        URI link = links.issue(JEANNE, SITE);
        assertThat(link.toString()).startsWith("https://relais.example.org/?continue=c1.");

        assertThat(links.redeem(token(link))).contains(JEANNE);
        assertThat(links.redeem(token(link))).as("used").isEmpty();
    }

    @Test
    void aLinkExpiresAfterHalfAnHour() {
        String fresh = token(links.issue(JEANNE, SITE));
        String old = token(links.issue(JEANNE, SITE));
        clock.advance(ContinuationLinks.VALID_FOR.minusSeconds(1));
        assertThat(links.redeem(fresh)).contains(JEANNE);
        clock.advance(Duration.ofSeconds(1));
        assertThat(links.redeem(old)).isEmpty();
    }

    @Test
    void aTokenMadeUpOrAlteredOrSignedWithAnotherKeyIsRefused() {
        String token = token(links.issue(JEANNE, SITE));
        String[] parts = token.split("\\.");
        assertThat(links.redeem(parts[0] + "." + parts[1] + "." + "A".repeat(43))).isEmpty();
        assertThat(links.redeem("c1." + "B".repeat(22) + "." + parts[2])).isEmpty();
        assertThat(links.redeem(null)).isEmpty();
        assertThat(links.redeem("v1.abc.def")).isEmpty();
        ContinuationLinks otherDeployment = new ContinuationLinks(new JdbcTemplate(Databases.h2()),
                new SessionTokens("another-secret-another-secret-another-secret".getBytes(StandardCharsets.UTF_8)), clock);
        assertThat(otherDeployment.redeem(token)).isEmpty();
        assertThat(links.redeem(token)).as("still usable by its owner").contains(JEANNE);
    }

    @Test
    void theCopysDossierPointsAtTheCopiedFilesAndCarriesNoTicket() {
        Instant at = Instant.parse("2026-11-21T19:00:00Z");
        CaseData data = CaseData.fresh("fr")
                .withEvidence(new EvidenceEntry("screenshots", null, List.of("f-old-1", "f-old-2"), false, at))
                .withAnswer("pending.files", "f-old-3,f-kept")
                .withAnswer("facts", "Le 12, vers 21h, j’ai reçu un email, puis rien.")
                .withAnswer(HandoffHook.ACTIVE_TICKET, "T-4XK2");

        CaseData copy = ConversationCopy.remap(data, Map.of("f-old-1", "f-new-1", "f-old-2", "f-new-2", "f-old-3", "f-new-3"));

        assertThat(copy.evidence().get("screenshots").fileIds()).containsExactly("f-new-1", "f-new-2");
        assertThat(copy.answers()).containsEntry("pending.files", "f-new-3,f-kept")
                .containsEntry("facts", "Le 12, vers 21h, j’ai reçu un email, puis rien.")
                .doesNotContainKey(HandoffHook.ACTIVE_TICKET);
    }

    private static String token(URI link) {
        Matcher matcher = TOKEN.matcher(link.toString());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
