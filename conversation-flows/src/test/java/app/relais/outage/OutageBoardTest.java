package app.relais.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.relais.catalog.LocalizedText;
import app.relais.testing.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Declaring, updating and ending incidents; the banner, the status and the update cadence. */
class OutageBoardTest {

    private final MutableClock clock = MutableClock.at("2026-11-21T08:00:00Z");
    private final List<Banner> published = new ArrayList<>();
    private final OutageBoard board = new OutageBoard(BusinessProfiles.of(BusinessProfiles.load()), new InMemoryIncidentStore(),
            published::add, clock);
    private final List<String> admins = new ArrayList<>();
    private final CadenceReminder cadence = new CadenceReminder(board, text -> admins.add(text.fr()));

    private static LocalizedText text(String fr, String en) {
        return new LocalizedText(fr, en);
    }

    @Test
    void anIncidentIsPublishedAsABannerAndKeptInTheHistoryWhenItEnds() {
        board.declare("messenger", ServiceStatus.DEGRADED, text("Lenteurs.", "Slow."), null);
        assertThat(published).last().satisfies(b -> {
            assertThat(b.level()).isEqualTo(Banner.Level.INFO);
            assertThat(b.text().fr()).isEqualTo("Messenger : Lenteurs.");
        });
        clock.advance(Duration.ofMinutes(20));
        board.declare("messenger", ServiceStatus.OUTAGE, text("Panne complète.", "Down."), null);
        assertThat(published).last().extracting(Banner::level).isEqualTo(Banner.Level.WARNING);
        assertThat(board.notice(Locale.ENGLISH)).contains("⚠️ Messenger: Down.");
        ChannelState messenger = board.states().get(0);
        assertThat(messenger.status()).isEqualTo(ServiceStatus.OUTAGE);
        assertThat(messenger.since()).isEqualTo(clock.instant().minus(Duration.ofMinutes(20)));
        assertThat(messenger.lastUpdate()).isEqualTo(clock.instant());
        assertThat(board.states().get(1).status()).isEqualTo(ServiceStatus.OPERATIONAL);

        clock.advance(Duration.ofHours(1));
        board.clear("messenger", null);
        assertThat(published).last().isEqualTo(Banner.NONE);
        assertThat(board.anyOpen()).isFalse();
        assertThat(board.states().get(0).since()).isEqualTo(clock.instant());
        Incident ended = board.history().get(0);
        assertThat(ended.updates()).extracting(IncidentUpdate::status)
                .containsExactly(ServiceStatus.DEGRADED, ServiceStatus.OUTAGE, ServiceStatus.OPERATIONAL);
        assertThat(ended.last().message().fr()).isEqualTo("Le service fonctionne de nouveau normalement.");
        clock.advance(Duration.ofDays(91));
        assertThat(board.history()).isEmpty();
    }

    @Test
    void anUpdateIsSuggestedOnceWhenAnIncidentHadNoNewsForTwoHours() {
        board.declare("email", ServiceStatus.OUTAGE, text("Boîte inaccessible.", "Mailbox unreachable."), null);
        clock.advance(Duration.ofMinutes(119));
        assertThat(cadence.check()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(cadence.check()).isEqualTo(1);
        assertThat(admins).singleElement().asString().contains("« E-mail »").contains("deux heures");
        assertThat(cadence.check()).isZero();
        board.declare("email", ServiceStatus.OUTAGE, text("Toujours en panne.", "Still down."), null);
        clock.advance(Duration.ofHours(2));
        assertThat(cadence.check()).isEqualTo(1);
    }

    @Test
    void anUnknownChannelIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> board.declare("fax", ServiceStatus.OUTAGE, text("a", "b"), null))
                .hasMessageContaining("Unknown channel: “fax”.").hasMessageContaining("messenger");
    }
}
