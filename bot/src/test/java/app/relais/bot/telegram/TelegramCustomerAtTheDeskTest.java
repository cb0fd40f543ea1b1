package app.relais.bot.telegram;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.relais.bot.desk.DeskClient;
import app.relais.bot.desk.DeskPage;
import app.relais.bot.desk.DeskTeam;
import app.relais.bot.widget.WidgetBrowser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same as a web customer, over Telegram: the whole application polls the fake Bot API; a
 * Telegram user asks for a person; two agents at the desk in Chromium see it live; one answers
 * with a canned answer and words of her own, which reach the user's chat; the other sees it
 * taken; the agents' Telegram group hears the answer and cannot answer over her without taking over.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "relais.admin.user=" + DeskTeam.ADMIN, "relais.admin.password=" + DeskTeam.ADMIN_PASSWORD,
        "relais.telegram.agents-chat-id=" + TelegramCustomerAtTheDeskTest.AGENTS,
        "spring.datasource.url=jdbc:h2:mem:desk-telegram;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "relais.data-dir=./target/desk-telegram-test-data",
        // Tests that read Relais' info lines without a context of their own run after this one.
        "logging.level.app.relais=info"})
// Its Telegram channel polls the fake API, which this class stops: the context goes with it.
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(value = "app.relais.bot.widget.WidgetBrowser#installed", disabledReason = WidgetBrowser.MISSING)
class TelegramCustomerAtTheDeskTest {

    static final long AGENTS = -1001234567890L;
    private static final long CUSTOMER = 5518273641L;
    private static final long GROUP_MEMBER = 7003218890L;
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final FakeTelegramApi API = start();

    private static FakeTelegramApi start() {
        try {
            return new FakeTelegramApi();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void telegramOnTheFake(DynamicPropertyRegistry registry) {
        registry.add("relais.telegram.token", () -> FakeTelegramApi.TOKEN);
        registry.add("relais.telegram.api-url", () -> API.url().toString());
    }

    @LocalServerPort
    int port;

    private WidgetBrowser chromium;

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    @BeforeAll
    void startBrowser() {
        chromium = WidgetBrowser.launchOrSkip();
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @AfterAll
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
        API.close();
    }

    /** A text from a Telegram user in a chat (the user's own, or the agents' group). */
    private static void says(long chat, long from, String firstName, String text) {
        ObjectNode update = TelegramHarness.fixture("text.json");
        ObjectNode message = (ObjectNode) update.path("message");
        message.put("text", text);
        ((ObjectNode) message.path("from")).put("id", from).put("first_name", firstName);
        ((ObjectNode) message.path("chat")).put("id", chat).put("type", chat < 0 ? "supergroup" : "private");
        API.push(update);
    }

    private static FakeTelegramApi.Call sentTo(long chat, String fragment) throws InterruptedException {
        return API.await(c -> c.chatId().equals(Long.toString(chat)) && c.text().contains(fragment), PATIENCE);
    }

    @Test
    void twoAgentsSeeATelegramCustomerLiveOneAnswersAndTheAnswerReachesTheirChat() throws Exception {
        DeskTeam team = new DeskTeam(URI.create(base()));
        team.admin().call("PUT", "/api/admin/me", "{\"displayName\":\"Ada\",\"language\":\"fr\"}");
        team.member("bruno", "Bruno", "AGENT", "bruno-password-1");
        team.admin().call("POST", "/api/admin/canned-answers", "{\"title\":\"Accueil\","
                + "\"fr\":\"Bonjour {customer}, ici {agent} de l’équipe : je regarde votre demande {ticket}.\"}");

        try (DeskPage ada = new DeskPage(chromium.browser, 1280, 900); DeskPage bruno = new DeskPage(chromium.browser, 1280, 900)) {
            ada.signIn(base(), DeskTeam.ADMIN, DeskTeam.ADMIN_PASSWORD);
            bruno.signIn(base(), "bruno", "bruno-password-1");

            says(CUSTOMER, CUSTOMER, "Jeanne", "mon compte Facebook a été piraté");
            sentTo(CUSTOMER, "Compte Facebook piraté");
            says(CUSTOMER, CUSTOMER, "Jeanne", "/human");
            sentTo(CUSTOMER, "je passe la main");
            sentTo(AGENTS, "Nouvelle demande");

            String ticket = ada.awaitConversation("Client Telegram");
            assertThat(bruno.row(ticket)).containsText("Telegram");
            assertThat(bruno.row(ticket)).containsText("En attente d’une personne");
            ada.open(ticket).insertCanned("Accueil").type("Avez-vous encore accès à votre numéro de téléphone ?").send();

            FakeTelegramApi.Call answer = sentTo(CUSTOMER, "Avez-vous encore accès à votre numéro de téléphone ?");
            assertThat(answer.text()).isEqualTo("Ada (équipe) : Bonjour, ici Ada de l’équipe : je regarde votre demande "
                    + ticket + ". Avez-vous encore accès à votre numéro de téléphone ?");
            assertThat(bruno.row(ticket)).containsText("Prise par Ada");
            bruno.open(ticket);
            assertThat(bruno.page.locator("#send")).isDisabled();
            assertThat(bruno.page.locator("#actions button", new Page.LocatorOptions().setHasText("Prendre la main"))).isVisible();

            sentTo(AGENTS, ticket + " — Ada répond : Bonjour");
            says(AGENTS, GROUP_MEMBER, "Camille", ticket + " Je m’en occupe aussi !");
            sentTo(AGENTS, ticket + " est prise par Ada : touchez « Prendre »");
            assertThat(API.sent().stream().filter(c -> c.chatId().equals(Long.toString(CUSTOMER))))
                    .noneMatch(c -> c.text().contains("Je m’en occupe aussi"));

            says(CUSTOMER, CUSTOMER, "Jeanne", "Non, il a changé le numéro aussi");
            assertThat(ada.transcript()).containsText("Non, il a changé le numéro aussi");
            ada.screenshot("desk-telegram-ada");
            assertThat(ada.axe()).isEmpty();
            ada.page.setViewportSize(375, 740);
            assertThat(ada.axe()).isEmpty();

            JsonNode audit = DeskClient.json(team.admin().get("/api/admin/audit"));
            assertThat(audit.findValuesAsText("action")).contains("ticket.reply");
            // The whole conversation, from the customer's first message.
            ada.page.setViewportSize(1280, 900);
            assertThat(ada.transcript()).containsText("mon compte Facebook a été piraté");
        }
    }
}
