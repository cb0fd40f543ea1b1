package app.relais.bot.detection;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.catalog.LocalizedText;
import app.relais.outage.Banner;
import app.relais.outage.BannerPublisher;
import app.relais.outage.BusinessProfiles;
import app.relais.outage.InMemoryIncidentStore;
import app.relais.outage.Incident;
import app.relais.outage.OutageBoard;
import app.relais.outage.ServiceStatus;
import app.relais.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Messenger's outage found from the sends themselves, announced through the incident path the
 * status page, the banner and the desks read, and ended once sends succeed again. Time is moved by
 * hand: nothing here waits.
 */
class OutageMonitorTest {

    private final MutableClock clock = MutableClock.at("2026-11-21T20:00:00Z");
    private final OutageBoard board = new OutageBoard(BusinessProfiles.of(BusinessProfiles.load()), new InMemoryIncidentStore(),
            BannerPublisher.NONE, clock);
    private final InMemoryAutoIncidents autos = new InMemoryAutoIncidents();
    private final List<String> team = new CopyOnWriteArrayList<>();
    private final OutageMonitor monitor = new OutageMonitor("messenger",
            new OutageMonitor.Settings(5, Duration.ofMinutes(2), Duration.ofMinutes(5)), board, autos, team::add, clock);

    @Test
    void fiveFailedSendsMakingHalfOfTheWindowDeclareAnAutomaticIncidentEverywhere() {
        monitor.succeeded("1001");
        monitor.succeeded("1002");
        failures(4, "1001", "1002");
        assertThat(board.open()).isEmpty();

        clock.advance(Duration.ofSeconds(10));
        monitor.failedTransiently("1003");

        Incident incident = board.open().get(0);
        assertThat(incident.channel()).isEqualTo("messenger");
        assertThat(incident.status()).isEqualTo(ServiceStatus.OUTAGE);
        assertThat(incident.message().fr()).contains("détectée automatiquement");
        assertThat(autos.find(incident.id())).hasValueSatisfying(d -> assertThat(d.confirmed()).isFalse());
        assertThat(board.banner().level()).isEqualTo(Banner.Level.WARNING);
        assertThat(board.banner().text().fr()).startsWith("Messenger : Nos messages n’arrivent plus");
        assertThat(board.notice(java.util.Locale.FRENCH)).isPresent();
        assertThat(team).singleElement().asString()
                .contains("« Messenger » déclaré automatiquement")
                .contains("5 envois sur 7 ont échoué ces 2 min")
                .contains("après 5 min d’envois réussis");

        // Further failures do not declare it again.
        failures(5, "1001", "1002");
        assertThat(board.history()).hasSize(1);
        assertThat(board.open().get(0).updates()).hasSize(1);
    }

    @Test
    void failuresThatAreFewerThanHalfTheSendsAreNotAnOutage() {
        for (int i = 0; i < 6; i++) {
            monitor.succeeded("100" + i);
        }
        failures(5, "1001", "1002");

        assertThat(board.open()).isEmpty();
        assertThat(monitor.health().failures()).isEqualTo(5);
        assertThat(monitor.health().attempts()).isEqualTo(11);
    }

    @Test
    void onePersonsMessageFailingAgainAndAgainIsNotAnOutage() {
        failures(9, "1001");

        assertThat(board.open()).isEmpty();
        monitor.failedTransiently("1002");
        assertThat(board.open()).hasSize(1);
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowAreNotAnOutage() {
        for (int i = 0; i < 8; i++) {
            monitor.failedTransiently(i % 2 == 0 ? "1001" : "1002");
            clock.advance(Duration.ofSeconds(35));
        }

        assertThat(board.open()).isEmpty();
        // At any moment the last two minutes hold three or four of them.
        assertThat(monitor.health().failures()).isEqualTo(3);
    }

    @Test
    void sendsSucceedingForTheRecoveryTimeEndTheIncidentWithTheDefaultMessage() {
        failures(5, "1001", "1002");
        String id = board.open().get(0).id();

        monitor.succeeded("1001");
        clock.advance(Duration.ofMinutes(3));
        monitor.failedTransiently("1002");
        monitor.succeeded("1002");
        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        monitor.tick();
        assertThat(board.open()).as("a failure restarted the recovery time").hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        monitor.tick();

        assertThat(board.open()).isEmpty();
        Incident ended = board.history().get(0);
        assertThat(ended.id()).isEqualTo(id);
        assertThat(ended.message().fr()).isEqualTo("Nos messages arrivent de nouveau.");
        assertThat(board.banner().cleared()).isTrue();
        assertThat(team).last().asString().contains("« Messenger » terminé automatiquement")
                .contains("depuis 5 min");
    }

    @Test
    void theEndUsesTheMessageTheAdministratorsWroteInAdvance() {
        failures(5, "1001", "1002");
        autos.recoveryMessage("messenger", new LocalizedText("Messenger refonctionne : merci de votre patience.",
                "Messenger works again: thank you for your patience."));

        monitor.succeeded("1001");
        clock.advance(Duration.ofMinutes(5));
        monitor.tick();

        assertThat(board.history().get(0).message().en()).isEqualTo("Messenger works again: thank you for your patience.");
    }

    @Test
    void anIncidentDeclaredByHandIsNeverEndedNorOverwrittenByTheMonitor() {
        board.declare("messenger", ServiceStatus.DEGRADED,
                new LocalizedText("Lenteurs signalées par Meta.", "Slowness reported by Meta."), null);
        monitor.tick();

        failures(6, "1001", "1002");
        monitor.succeeded("1001");
        clock.advance(Duration.ofHours(1));
        monitor.tick();

        assertThat(board.open()).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo(ServiceStatus.DEGRADED);
            assertThat(i.updates()).hasSize(1);
        });
        assertThat(team).isEmpty();
    }

    @Test
    void anAutomaticIncidentAnAdministratorEndedIsOnlyDeclaredAgainByFreshFailures() {
        failures(5, "1001", "1002");
        board.clear("messenger", null);
        monitor.tick();

        monitor.failedTransiently("1001");
        assertThat(board.open()).isEmpty();

        failures(4, "1001", "1002");
        assertThat(board.open()).hasSize(1);
        assertThat(board.history()).hasSize(2);
    }

    @Test
    void metasOwnStatusPageDeclaresAndHoldsOffTheEndWhileItReportsAProblem() {
        monitor.platformReports(true, false);

        assertThat(board.open()).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo(ServiceStatus.DEGRADED);
            assertThat(i.message().fr()).startsWith("Meta signale des perturbations");
        });
        monitor.succeeded("1001");
        clock.advance(Duration.ofMinutes(10));
        monitor.tick();
        assertThat(board.open()).hasSize(1);

        monitor.platformReports(false, false);
        monitor.tick();
        assertThat(board.open()).isEmpty();
    }

    private void failures(int count, String... people) {
        for (int i = 0; i < count; i++) {
            monitor.failedTransiently(people[i % people.length]);
            clock.advance(Duration.ofSeconds(1));
        }
    }
}
