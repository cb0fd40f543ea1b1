package app.relais.bot.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.bot.messenger.SendFailure.Kind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Meta's errors sorted by what Relais does about them, and Messenger's windows. */
class SendFailureTest {

    @Test
    void temporaryFailuresAndServerErrorsAreTriedAgainAndCountTowardAnOutage() {
        assertThat(SendFailure.of(500, 1200, null, "Temporary send message failure").kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(SendFailure.of(500, 1, null, "An unknown error occurred").kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(SendFailure.of(400, 2, null, "Service temporarily unavailable").kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(SendFailure.of(502, null, null, "").kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(SendFailure.network(new java.net.http.HttpTimeoutException("timed out")).kind()).isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void rateLimitsSlowDownWithoutCountingAsAnOutage() {
        for (int code : new int[] {4, 17, 32, 613}) {
            assertThat(SendFailure.of(400, code, null, "").kind()).isEqualTo(Kind.RATE_LIMITED);
        }
    }

    @Test
    void refusalsOfOneMessageAreFinalAndTokenProblemsGoToTheAdministrators() {
        assertThat(SendFailure.of(400, 551, 1545041, "").kind()).isEqualTo(Kind.REFUSED);
        assertThat(SendFailure.of(400, 10, 2018278, "").kind()).isEqualTo(Kind.REFUSED);
        assertThat(SendFailure.of(400, 10, 2018278, "").outsideWindow()).isTrue();
        assertThat(SendFailure.of(400, 100, null, "").kind()).isEqualTo(Kind.REFUSED);
        assertThat(SendFailure.of(400, null, null, "").kind()).isEqualTo(Kind.REFUSED);
        assertThat(SendFailure.of(400, 190, 463, "").kind()).isEqualTo(Kind.TOKEN);
        assertThat(SendFailure.of(403, 10, null, "").kind()).isEqualTo(Kind.TOKEN);
        assertThat(SendFailure.of(403, 200, null, "").kind()).isEqualTo(Kind.TOKEN);
        assertThat(SendFailure.of(403, 299, null, "").kind()).isEqualTo(Kind.TOKEN);
    }

    @Test
    void withinADayAnyReplyGoesAfterItOnlyAnAgentsTaggedForSevenDaysThenNothing() {
        Instant wrote = Instant.parse("2026-11-21T20:00:00Z");
        assertThat(SendWindow.decide(SendWindow.Kind.RESPONSE, wrote, wrote.plus(Duration.ofHours(23))))
                .isEqualTo(SendApi.Delivery.RESPONSE);
        assertThat(SendWindow.decide(SendWindow.Kind.UPDATE, wrote, wrote.plus(Duration.ofHours(23))))
                .isEqualTo(SendApi.Delivery.UPDATE);
        assertThat(SendWindow.decide(SendWindow.Kind.AGENT, wrote, wrote.plus(Duration.ofHours(25))))
                .isEqualTo(SendApi.Delivery.HUMAN_AGENT);
        assertThat(SendWindow.decide(SendWindow.Kind.UPDATE, wrote, wrote.plus(Duration.ofHours(25)))).isNull();
        assertThat(SendWindow.decide(SendWindow.Kind.AGENT, wrote, wrote.plus(Duration.ofDays(8)))).isNull();
        assertThat(SendWindow.decide(SendWindow.Kind.RESPONSE, null, wrote)).isNull();
    }
}
