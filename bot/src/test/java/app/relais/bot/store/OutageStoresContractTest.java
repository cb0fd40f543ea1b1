package app.relais.bot.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.catalog.LocalizedText;
import app.relais.conversation.Author;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.Dispatch;
import app.relais.conversation.Inbound;
import app.relais.core.RelaisCore;
import app.relais.handoff.Ticket;
import app.relais.handoff.TicketMessage;
import app.relais.handoff.TicketStatus;
import app.relais.outage.BannerPublisher;
import app.relais.outage.Activity;
import app.relais.outage.BusinessProfile;
import app.relais.outage.BusinessProfiles;
import app.relais.outage.Faq;
import app.relais.outage.FaqEditor;
import app.relais.outage.FaqEntry;
import app.relais.outage.Incident;
import app.relais.outage.OutageBoard;
import app.relais.outage.ServiceStatus;
import app.relais.testing.MutableClock;
import app.relais.testing.RecordingAgentDesk;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Incidents, tickets, the outbox, the business profile, the FAQ and the activity log on both databases the app runs on. */
class OutageStoresContractTest {

    private final MutableClock clock = MutableClock.at("2026-11-21T08:00:00Z");

    static Stream<Arguments> databases() {
        return Databases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void incidentsKeepEveryUpdateAndTheirEnd(String name, Supplier<DataSource> database) {
        var store = new JdbcIncidentStore(new JdbcTemplate(database.get()));
        var board = new OutageBoard(BusinessProfiles.of(BusinessProfiles.load()), store, BannerPublisher.NONE, clock);
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
    void anAgentReplyToAnOfflineCustomerWaitsInTheOutboxForAnyInstance(String name, Supplier<DataSource> database) {
        JdbcTemplate jdbc = new JdbcTemplate(database.get());
        GroupCommit writes = new GroupCommit(jdbc.getDataSource());
        JdbcFileStore files = new JdbcFileStore(jdbc, writes, clock);
        JdbcOutbox outbox = new JdbcOutbox(jdbc, writes, files, clock);
        RecordingAgentDesk desk = new RecordingAgentDesk();
        RelaisCore core = RelaisCore.builder().clock(clock).files(files)
                .conversations(new JdbcConversationStore(jdbc, writes, outbox))
                .tickets(new JdbcTicketStore(jdbc)).outbox(outbox).incidents(new JdbcIncidentStore(jdbc))
                .agentDesk(desk).build();
        ConversationKey customer = new ConversationKey("web", "away");
        core.engine().handle(new Inbound.Text(customer, "un humain", Locale.FRANCE));
        String ticket = desk.lastOpened().id();

        core.handoff().reply(ticket, "Camille", "Votre colis part demain.");

        JdbcOutbox otherInstance = new JdbcOutbox(jdbc, new GroupCommit(jdbc.getDataSource()), files, clock);
        assertThat(otherInstance.owed(customer, 0)).extracting(Dispatch::author, Dispatch::name, d -> d.replies().get(d.sent()).text())
                .endsWith(org.assertj.core.groups.Tuple.tuple(Author.BOT, null, "Camille de l’équipe prend votre demande et vous répond ici."),
                        org.assertj.core.groups.Tuple.tuple(Author.AGENT, "Camille", "Votre colis part demain."));
        assertThat(core.engine().handle(new Inbound.Text(customer, "Merci !", Locale.FRANCE)).replies()).isEmpty();
        assertThat(desk.events()).contains("customer " + ticket + ": Merci !");
        writes.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theBusinessProfileIsSeededOnceThenKeepsEachEditWithWhoAndWhen(String name, Supplier<DataSource> database) {
        JdbcTemplate jdbc = new JdbcTemplate(database.get());
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        BusinessProfile seed = BusinessProfiles.load();
        var profiles = new BusinessProfiles(new JdbcProfileStore(jdbc, transactions), seed);
        assertThat(profiles.current()).isEqualTo(seed);
        BusinessProfile edit = new BusinessProfile("Boutique « Dupont »", "contact@boutique-dupont.fr", "04 78 00 00 00",
                "https://boutique-dupont.fr/contact", null, new LocalizedText("du lundi au vendredi", "Monday to Friday"),
                List.of("fr"), new LocalizedText("Nous répondons ici.", "We answer here."), ZoneId.of("America/Montreal"),
                seed.channels(), null, null);
        BusinessProfile saved = profiles.update(edit, "Camille", clock.instant());
        var anotherInstance = new BusinessProfiles(new JdbcProfileStore(jdbc, transactions), seed);
        assertThat(anotherInstance.current()).isEqualTo(saved);
        assertThat(saved.updatedBy()).isEqualTo("Camille");
        assertThat(saved.updatedAt()).isEqualTo(clock.instant());
        profiles.update(new BusinessProfile(null, null, null, null, null, null, List.of(), null, null, seed.channels(), null,
                null), "Sam", clock.instant());
        anotherInstance.reload();
        assertThat(anotherInstance.current().name()).isNull();
        assertThat(anotherInstance.current().zone()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theFaqIsSeededOnceKeepsItsOrderAndMayBeEmptied(String name, Supplier<DataSource> database) {
        JdbcTemplate jdbc = new JdbcTemplate(database.get());
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        Faq faq = Faq.load();
        var editor = new FaqEditor(faq, new JdbcFaqStore(jdbc, transactions));
        List<FaqEntry> seeded = faq.entries();
        assertThat(new JdbcFaqStore(jdbc, transactions).load()).contains(seeded);
        FaqEntry gifts = new FaqEntry("gift-cards", "cadeau", new LocalizedText("Vendez-vous des cartes cadeaux ?",
                "Do you sell gift cards?"), new FaqEntry.Examples(List.of("carte cadeau", "bon d’achat"), List.of("gift card")),
                new LocalizedText("Oui, en boutique. Écrivez-nous à {email}.", "Yes, in the shop. Write to {email}."),
                FaqEntry.Active.ALWAYS, null, null);
        editor.put(gifts, "Camille", clock.instant());
        editor.move("gift-cards", -1);
        Faq elsewhere = Faq.load();
        new FaqEditor(elsewhere, new JdbcFaqStore(jdbc, transactions));
        assertThat(elsewhere.entries()).hasSize(seeded.size() + 1);
        assertThat(elsewhere.entries().get(seeded.size() - 1).id()).isEqualTo("gift-cards");
        assertThat(elsewhere.byId("gift-cards").orElseThrow().updatedBy()).isEqualTo("Camille");
        assertThat(elsewhere.match("vous avez des cartes cadeau ?", false)).map(m -> m.entry().id()).contains("gift-cards");
        elsewhere.entries().forEach(e -> editor.delete(e.id()));
        Faq emptied = Faq.load();
        new FaqEditor(emptied, new JdbcFaqStore(jdbc, transactions));
        assertThat(emptied.entries()).as("an FAQ the admins emptied is not seeded again").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void activityIsCountedAndAForgottenConversationLosesOnlyItsWords(String name, Supplier<DataSource> database) {
        var log = new JdbcActivityLog(new JdbcTemplate(database.get()));
        ConversationKey key = new ConversationKey("web", "s-9");
        log.record(new Activity(clock.instant(), Activity.Kind.VISIT, "web", "business", null, null, null));
        log.record(new Activity(clock.instant(), Activity.Kind.FAQ_MISS, "web", null, null, "vous vendez des vélos ?", key));
        log.record(new Activity(clock.instant().plusSeconds(60), Activity.Kind.FIRST_ANSWER, "telegram", "T-ABC234", 240L,
                null, null));
        assertThat(log.between(clock.instant(), clock.instant().plusSeconds(61))).hasSize(3)
                .extracting(Activity::kind, Activity::detail, Activity::seconds)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Activity.Kind.VISIT, null, null),
                        org.assertj.core.groups.Tuple.tuple(Activity.Kind.FAQ_MISS, "vous vendez des vélos ?", null),
                        org.assertj.core.groups.Tuple.tuple(Activity.Kind.FIRST_ANSWER, null, 240L));
        assertThat(log.between(clock.instant(), clock.instant().plusSeconds(60))).hasSize(2);
        log.forget(key);
        assertThat(log.between(clock.instant(), clock.instant().plusSeconds(61))).hasSize(3)
                .allSatisfy(a -> assertThat(a.detail()).isNull());
    }
}
