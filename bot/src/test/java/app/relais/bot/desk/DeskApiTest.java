package app.relais.bot.desk;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.conversation.ConversationKey;
import app.relais.conversation.Inbound;
import app.relais.conversation.Reply;
import app.relais.core.RelaisCore;
import app.relais.handoff.Agent;
import app.relais.handoff.Ticket;
import app.relais.testing.InMemoryChannel;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The desk's API as two agents use it over HTTP, with a customer on a channel in memory: the live
 * stream, taking and taking over, assigning, notes, unread counts, search, closing with the
 * history kept, exports, and the audit log of it all (the Telegram group's actions included).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "relais.admin.user=" + DeskTeam.ADMIN, "relais.admin.password=" + DeskTeam.ADMIN_PASSWORD,
        "spring.datasource.url=jdbc:h2:mem:desk-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "relais.data-dir=target/desk-api-test"})
class DeskApiTest {

    private static final String BRUNO = "bruno-password-1";

    @LocalServerPort
    int port;

    @Autowired
    RelaisCore core;

    private final InMemoryChannel channel = new InMemoryChannel();
    private DeskTeam team;
    private DeskClient ada;
    private DeskClient bruno;

    @BeforeEach
    void team() {
        core.registerGateway(channel);
        team = new DeskTeam(URI.create("http://127.0.0.1:" + port));
        ada = team.admin();
        ada.call("PUT", "/api/admin/me", "{\"displayName\":\"Ada\",\"language\":\"fr\"}");
        bruno = signedInBruno();
    }

    private DeskClient signedInBruno() {
        DeskClient signedIn = new DeskClient(URI.create("http://127.0.0.1:" + port));
        if (!signedIn.signIn("bruno", BRUNO).endsWith("/admin/")) {
            return team.member("bruno", "Bruno", "AGENT", BRUNO);
        }
        return signedIn;
    }

    private ConversationKey customer(String id, String... said) {
        ConversationKey key = new ConversationKey(InMemoryChannel.NAME, id);
        for (String text : said) {
            core.engine().handle(new Inbound.Text(key, text, Locale.FRANCE));
        }
        return key;
    }

    private String ticketOf(ConversationKey key) {
        return core.handoff().activeFor(key).map(Ticket::id).orElseThrow();
    }

    private List<String> pushed(ConversationKey key) {
        return channel.pushedTo(key).stream().map(Reply::text).toList();
    }

    private JsonNode row(DeskClient agent, String ticket) {
        for (JsonNode row : DeskClient.json(agent.get("/api/admin/desk/conversations"))) {
            if (row.path("id").asText().equals(ticket)) {
                return row;
            }
        }
        throw new AssertionError("no " + ticket + " in the list");
    }

    private static String await(BlockingQueue<String> lines, String fragment) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null) {
                seen.add(line);
                if (line.contains(fragment)) {
                    return line;
                }
            }
        }
        throw new AssertionError("no event with " + fragment + "; saw " + seen);
    }

    @Test
    void bothAgentsHearOfANewRequestLiveAndAnAgentDisabledMeanwhileIsCutOff() throws Exception {
        BlockingQueue<String> adaEvents = ada.stream("/api/admin/desk/events");
        BlockingQueue<String> brunoEvents = bruno.stream("/api/admin/desk/events");
        await(adaEvents, "hello");
        await(brunoEvents, "hello");

        ConversationKey key = customer("live-1", "un humain");
        String ticket = ticketOf(key);
        await(adaEvents, "\"kind\":\"opened\"");
        assertThat(await(brunoEvents, "\"kind\":\"opened\"")).contains(ticket);
        customer("live-1", "C’est pour ma commande 4521");
        await(brunoEvents, "\"kind\":\"customer\"");

        ada.call("POST", "/api/admin/accounts/" + team.idOf("bruno") + "/disable", null);
        await(brunoEvents, "signed-out");
        await(brunoEvents, "end");
        ada.call("POST", "/api/admin/accounts/" + team.idOf("bruno") + "/enable", null);
    }

    @Test
    void aConversationTakenByOneAgentCannotBeAnsweredByAnotherWithoutTakingItOverExplicitly() {
        ConversationKey key = customer("takeover-1", "je veux parler a un humain");
        String ticket = ticketOf(key);

        assertThat(ada.call("POST", "/api/admin/tickets/" + ticket + "/take", "{}").statusCode()).isEqualTo(200);
        assertThat(pushed(key)).last().isEqualTo("Ada de l’équipe prend votre demande et vous répond ici.");
        assertThat(row(bruno, ticket).path("agent").asText()).isEqualTo("Ada");
        assertThat(row(bruno, ticket).path("mine").asBoolean()).isFalse();
        assertThat(row(ada, ticket).path("mine").asBoolean()).isTrue();

        HttpResponse<String> refused = bruno.call("POST", "/api/admin/tickets/" + ticket + "/reply", "{\"text\":\"Bonjour !\"}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("\"error\":\"taken\"").contains("Ada");
        assertThat(bruno.call("POST", "/api/admin/tickets/" + ticket + "/take", "{}").statusCode()).isEqualTo(409);
        assertThat(pushed(key)).noneMatch(text -> text.contains("Bonjour !"));

        assertThat(bruno.call("POST", "/api/admin/tickets/" + ticket + "/take", "{\"takeOver\":true}").statusCode()).isEqualTo(200);
        assertThat(pushed(key)).last().isEqualTo("Bruno de l’équipe prend votre demande et vous répond ici.");
        assertThat(bruno.call("POST", "/api/admin/tickets/" + ticket + "/reply", "{\"text\":\"Je prends le relais.\"}")
                .statusCode()).isEqualTo(200);
        assertThat(pushed(key)).last().isEqualTo("Bruno (équipe) : Je prends le relais.");
        assertThat(ada.call("POST", "/api/admin/tickets/" + ticket + "/reply", "{\"text\":\"Moi aussi\"}").statusCode())
                .isEqualTo(409);

        long adaId = ada.me().path("id").asLong();
        assertThat(bruno.call("POST", "/api/admin/tickets/" + ticket + "/assign", "{\"accountId\":" + adaId + "}")
                .statusCode()).isEqualTo(200);
        assertThat(pushed(key)).last().isEqualTo("Ada de l’équipe prend votre demande et vous répond ici.");
        assertThat(ada.call("POST", "/api/admin/tickets/" + ticket + "/reply", "{\"text\":\"Me revoilà.\"}").statusCode())
                .isEqualTo(200);

        List<String> actions = DeskClient.json(ada.get("/api/admin/audit")).findValuesAsText("action");
        assertThat(actions).contains("ticket.take", "ticket.reply", "http");
    }

    @Test
    void notesStayWithTheTeamUnreadCountsArePerAgentAndSearchFindsCustomersTicketsAndWords() {
        Ticket ticket = core.handoff().open(new ConversationKey(InMemoryChannel.NAME, "search-1"), "fr", "Jeanne Martin",
                "+33612345678", "Où est ma commande 4521 ?", null);
        core.handoff().customerWrote(ticket, "Elle devait arriver hier");

        assertThat(row(bruno, ticket.id()).path("unread").asInt()).isEqualTo(2);
        assertThat(row(bruno, ticket.id()).path("waiting").asBoolean()).isTrue();
        bruno.get("/api/admin/tickets/" + ticket.id());
        assertThat(row(bruno, ticket.id()).path("unread").asInt()).isZero();
        assertThat(row(ada, ticket.id()).path("unread").asInt()).isEqualTo(2);

        HttpResponse<String> noted = bruno.call("POST", "/api/admin/tickets/" + ticket.id() + "/notes",
                "{\"text\":\"Client fidèle, vérifier avec l’entrepôt de Lyon\"}");
        assertThat(noted.statusCode()).isEqualTo(200);
        assertThat(pushed(ticket.conversation())).noneMatch(text -> text.contains("entrepôt"));
        JsonNode view = DeskClient.json(ada.get("/api/admin/tickets/" + ticket.id()));
        JsonNode last = view.path("transcript").get(view.path("transcript").size() - 1);
        assertThat(last.path("kind").asText()).isEqualTo("note");
        assertThat(last.path("name").asText()).isEqualTo("Bruno");

        for (String q : List.of("jeanne", "4521", ticket.id().toLowerCase(Locale.ROOT), "arriver HIER", "entrepôt", "+3361")) {
            assertThat(DeskClient.json(ada.get("/api/admin/desk/conversations?q=" + java.net.URLEncoder.encode(q,
                    java.nio.charset.StandardCharsets.UTF_8))).findValuesAsText("id")).as(q).containsExactly(ticket.id());
        }
        assertThat(DeskClient.json(ada.get("/api/admin/desk/conversations?q=100%25_"))).isEmpty();
    }

    @Test
    void theTranscriptIsTheWholeConversationFromItsFirstMessageEachMessageOnceSecretsMasked() {
        ConversationKey key = customer("log-1", "bonjour, mon compte Facebook a été piraté",
                "mon mot de passe est Soleil2024!", "un humain", "Ils ont aussi changé l’adresse e-mail");
        String ticket = ticketOf(key);
        assertThat(ada.call("POST", "/api/admin/tickets/" + ticket + "/reply", "{\"text\":\"Avez-vous reçu un e-mail de Facebook ?\"}")
                .statusCode()).isEqualTo(200);
        ada.call("POST", "/api/admin/tickets/" + ticket + "/notes", "{\"text\":\"Vérifier le numéro de téléphone\"}");
        customer("log-1", "Oui, hier soir");

        List<String> lines = new ArrayList<>();
        for (JsonNode line : DeskClient.json(ada.get("/api/admin/tickets/" + ticket)).path("transcript")) {
            lines.add(line.path("kind").asText() + "|" + line.path("name").asText("") + "|" + line.path("text").asText());
        }
        assertThat(lines.get(0)).isEqualTo("customer||bonjour, mon compte Facebook a été piraté");
        assertThat(lines.get(1)).startsWith("bot||");
        assertThat(lines).contains("customer||mon mot de passe est ••••••").noneMatch(l -> l.contains("Soleil2024"));
        assertThat(lines).anyMatch(l -> l.startsWith("bot||") && l.contains("je passe la main à une personne de l’équipe"));
        assertThat(lines).filteredOn(l -> l.endsWith("Ils ont aussi changé l’adresse e-mail")).containsExactly(
                "customer||Ils ont aussi changé l’adresse e-mail");
        assertThat(lines).filteredOn(l -> l.contains("prend votre demande")).containsExactly(
                "bot||Ada de l’équipe prend votre demande et vous répond ici.");
        assertThat(lines).filteredOn(l -> l.contains("Avez-vous reçu")).containsExactly(
                "agent|Ada|Avez-vous reçu un e-mail de Facebook ?");
        assertThat(lines).containsSubsequence("customer||un humain", "customer||Ils ont aussi changé l’adresse e-mail",
                "agent|Ada|Avez-vous reçu un e-mail de Facebook ?", "note|Ada|Vérifier le numéro de téléphone",
                "customer||Oui, hier soir");

        String text = ada.get("/api/admin/tickets/" + ticket + "/transcript.txt").body();
        assertThat(text).contains("Client : bonjour, mon compte Facebook a été piraté").doesNotContain("Soleil2024");
        assertThat(text.split("Ada \\(équipe\\) : Avez-vous reçu", -1)).hasSize(2);
    }

    @Test
    void aClosedConversationKeepsItsHistoryAndExportsAsTextInTheBusinesssTimeZone() {
        ConversationKey key = customer("closed-1", "un humain", "Mon colis est abîmé");
        String ticket = ticketOf(key);
        ada.call("POST", "/api/admin/tickets/" + ticket + "/reply", "{\"text\":\"Envoyez-moi une photo, s’il vous plaît.\"}");
        ada.call("POST", "/api/admin/tickets/" + ticket + "/notes", "{\"text\":\"Proposer un avoir\"}");
        assertThat(ada.call("POST", "/api/admin/tickets/" + ticket + "/close", "{}").statusCode()).isEqualTo(200);
        assertThat(pushed(key)).last().asString().contains("Je reprends la conversation");

        assertThat(DeskClient.json(ada.get("/api/admin/desk/conversations")).findValuesAsText("id")).doesNotContain(ticket);
        assertThat(DeskClient.json(ada.get("/api/admin/desk/conversations?view=closed")).findValuesAsText("id")).contains(ticket);
        assertThat(ada.call("POST", "/api/admin/tickets/" + ticket + "/reply", "{\"text\":\"?\"}").body()).contains("closed");

        HttpResponse<String> text = ada.get("/api/admin/tickets/" + ticket + "/transcript.txt");
        assertThat(text.statusCode()).isEqualTo(200);
        assertThat(text.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(ticket + ".txt");
        assertThat(text.body()).contains("Relais — conversation " + ticket).contains("Heures en Europe/Paris")
                .contains("Client : Mon colis est abîmé").contains("Ada (équipe) : Envoyez-moi une photo")
                .contains("Note privée de Ada : Proposer un avoir").contains("Close le ");
        assertThat(ada.get("/api/admin/tickets/" + ticket + "/dossier.zip").statusCode()).as("no problem identified").isEqualTo(404);
        assertThat(ada.get("/api/admin/tickets/" + ticket + "/files/not-its-file").statusCode()).isEqualTo(404);
        assertThat(DeskClient.json(ada.get("/api/admin/audit")).findValuesAsText("action")).contains("ticket.close", "ticket.export");
    }

    @Test
    void anAnswerFromTheTelegramGroupIsWrittenInTheAuditLogUnderTheTelegramAgent() {
        ConversationKey key = customer("telegram-agent-1", "un humain");
        String ticket = ticketOf(key);
        core.handoff().reply(ticket, new Agent("telegram:5518273641", "Camille"), "Bonjour, je regarde.");

        JsonNode entry = null;
        for (JsonNode e : DeskClient.json(ada.get("/api/admin/audit"))) {
            if (e.path("action").asText().equals("ticket.reply") && e.path("target").asText().equals(ticket)) {
                entry = e;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.path("actor").path("kind").asText()).isEqualTo("telegram");
        assertThat(entry.path("actor").path("id").asText()).isEqualTo("5518273641");
        assertThat(entry.path("actor").path("name").asText()).isEqualTo("Camille");
        assertThat(entry.path("request").isNull()).isTrue();
        assertThat(row(ada, ticket).path("agent").asText()).isEqualTo("Camille");
    }

    @Test
    void cannedAnswersAreTheTeamsToEditAndEveryChangeIsAudited() {
        HttpResponse<String> made = bruno.call("POST", "/api/admin/canned-answers",
                "{\"title\":\"Délai\",\"fr\":\"Bonjour {customer}, comptez 48 h.\",\"en\":\"\"}");
        assertThat(made.statusCode()).isEqualTo(200);
        long id = DeskClient.json(made).path("id").asLong();
        assertThat(DeskClient.json(made).path("en").isNull()).isTrue();
        assertThat(ada.call("PUT", "/api/admin/canned-answers/" + id,
                "{\"title\":\"Délai de livraison\",\"fr\":\"Comptez 48 h.\",\"en\":\"Allow 48 hours.\"}").statusCode()).isEqualTo(200);
        assertThat(bruno.call("POST", "/api/admin/canned-answers", "{\"title\":\"Vide\",\"fr\":\" \",\"en\":\"\"}").body())
                .contains("canned-text");
        assertThat(ada.call("DELETE", "/api/admin/canned-answers/" + id, null).statusCode()).isEqualTo(200);

        JsonNode audit = DeskClient.json(ada.get("/api/admin/audit"));
        assertThat(audit.findValuesAsText("action")).contains("canned.create", "canned.update", "canned.delete");
        boolean refusedWritten = false;
        for (JsonNode e : audit) {
            refusedWritten |= "POST /api/admin/canned-answers".equals(e.path("request").asText()) && e.path("outcome").asInt() == 400
                    && "bruno".equals(e.path("actor").path("id").asText());
        }
        assertThat(refusedWritten).as("the refused attempt, with who and the outcome").isTrue();
    }
}
