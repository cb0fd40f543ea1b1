package app.relais.bot.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.catalog.LocalizedText;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.Inbound;
import app.relais.core.RelaisCore;
import app.relais.handoff.OutboxMessage;
import app.relais.handoff.Ticket;
import app.relais.handoff.TicketMessage;
import app.relais.handoff.TicketStatus;
import app.relais.outage.BannerPublisher;
import app.relais.outage.BusinessProfiles;
import app.relais.outage.Incident;
import app.relais.outage.OutageBoard;
import app.relais.outage.ServiceStatus;
import app.relais.testing.MutableClock;
import app.relais.testing.RecordingAgentDesk;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Incidents, tickets and the outbox on both databases the app runs on. */
class OutageStoresContractTest {

    private final MutableClock clock = MutableClock.at("2026-11-21T08:00:00Z");

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", (Supplier<DataSource>) Databases::h2),
                Arguments.of("PostgreSQL", (Supplier<DataSource>) Databases::postgres));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void incidentsKeepEveryUpdateAndTheirEnd(String name, Supplier<DataSource> database) {
        var store = new JdbcIncidentStore(new JdbcTemplate(database.get()));
        var board = new OutageBoard(BusinessProfiles.load(), store, BannerPublisher.NONE, clock);
        board.declare("messenger", ServiceStatus.DEGRADED, new LocalizedText("Lenteurs « réseau »", "Slow"), null);
        clock.advance(Duration.ofMinutes(10));
        Incident updated = board.declare("messenger", ServiceStatus.OUTAGE, new LocalizedText("Panne", "Down"),
                Instant.parse("2026-11-21T12:00:00Z"));
        assertThat(store.openOn("messenger")).contains(updated);
        assertThat(store.open()).containsExactly(updated);
        clock.advance(Duration.ofMinutes(10));
        Incident closed = board.clear("messenger", null).orElseThrow();
        assertThat(store.find(closed.id())).contains(closed);
        assertThat(store.openOn("messenger")).isEmpty();
        assertThat(store.since(clock.instant().minus(Duration.ofDays(30)))).containsExactly(closed);
        assertThat(store.since(clock.instant().plusSeconds(1))).isEmpty();
        assertThat(closed.updates()).hasSize(3);
        assertThat(closed.updates().get(1).expectedResolution()).isEqualTo(Instant.parse("2026-11-21T12:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void ticketsAndTheirMessagesFollowTheHandOff(String name, Supplier<DataSource> database) {
        var tickets = new JdbcTicketStore(new JdbcTemplate(database.get()));
        ConversationKey key = new ConversationKey("web", "s-1");
        Ticket ticket = new Ticket("T-ABC234", key, TicketStatus.OPEN, "fr", "Jeanne", "+33612345678", "Où est mon colis ?",
                "résumé", null, null, clock.instant(), null, null, null);
        tickets.save(ticket);
        tickets.append(new TicketMessage(ticket.id(), clock.instant(), TicketMessage.Author.CUSTOMER, "Jeanne", "Bonjour"));
        tickets.append(new TicketMessage(ticket.id(), clock.instant(), TicketMessage.Author.AGENT, "Camille", "Bonjour Jeanne"));
        assertThat(tickets.find(ticket.id())).contains(ticket);
        assertThat(tickets.activeFor(key)).contains(ticket);
        assertThat(tickets.active()).containsExactly(ticket);
        Ticket taken = new Ticket(ticket.id(), key, TicketStatus.TAKEN, "fr", "Jeanne", "+33612345678", "Où est mon colis ?",
                "résumé", "Camille", "account:7", ticket.openedAt(), clock.instant(), null, null);
        tickets.save(taken);
        assertThat(tickets.find(ticket.id())).contains(taken);
        assertThat(tickets.messages(ticket.id())).extracting(TicketMessage::text).containsExactly("Bonjour", "Bonjour Jeanne");
        tickets.deleteFor(key);
        assertThat(tickets.recent(10)).isEmpty();
        assertThat(tickets.messages(ticket.id())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anAgentReplyToAnOfflineCustomerIsDrainedOnceOnReconnect(String name, Supplier<DataSource> database) {
        JdbcTemplate jdbc = new JdbcTemplate(database.get());
        RecordingAgentDesk desk = new RecordingAgentDesk();
        RelaisCore core = RelaisCore.builder().clock(clock).conversations(new JdbcConversationStore(jdbc, new GroupCommit(jdbc.getDataSource())))
                .tickets(new JdbcTicketStore(jdbc)).outbox(new JdbcOutbox(jdbc)).incidents(new JdbcIncidentStore(jdbc))
                .agentDesk(desk).build();
        ConversationKey customer = new ConversationKey("web", "away");
        core.engine().handle(new Inbound.Text(customer, "un humain", Locale.FRANCE));
        String ticket = desk.lastOpened().id();

        core.handoff().reply(ticket, "Camille", "Votre colis part demain.");

        JdbcOutbox otherInstance = new JdbcOutbox(jdbc);
        assertThat(otherInstance.drain(customer)).extracting(OutboxMessage::agentName, OutboxMessage::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "Camille de l’équipe prend votre demande et vous répond ici."),
                        org.assertj.core.groups.Tuple.tuple("Camille", "Votre colis part demain."));
        assertThat(otherInstance.drain(customer)).isEmpty();
        assertThat(core.engine().handle(new Inbound.Text(customer, "Merci !", Locale.FRANCE)).replies()).isEmpty();
        assertThat(desk.events()).contains("customer " + ticket + ": Merci !");
    }
}
