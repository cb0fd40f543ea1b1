package app.relais.bot.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.relais.bot.desk.DeskClient;
import app.relais.bot.desk.DeskPage;
import app.relais.bot.desk.DeskTeam;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two agents at the desk in Chromium and a visitor in the widget of another site: the visitor asks
 * for a person, the request appears live for both agents, one answers with a canned answer plus
 * words of her own, the other sees it taken and cannot answer without taking over, the visitor
 * reads the answer in the widget, and the agent sees the conversation from its first message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "relais.admin.user=" + DeskTeam.ADMIN, "relais.admin.password=" + DeskTeam.ADMIN_PASSWORD,
        "relais.session-secret=desk-web-test-secret-desk-web-test-secret",
        "spring.datasource.url=jdbc:h2:mem:desk-web;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "relais.data-dir=./target/desk-web-test-data"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(value = "app.relais.bot.widget.WidgetBrowser#installed", disabledReason = WidgetBrowser.MISSING)
class DeskWithAWebCustomerTest {

    private static final HostSite SITE = new HostSite();

    @DynamicPropertySource
    static void onlyTheHostSiteMayEmbed(DynamicPropertyRegistry registry) {
        registry.add("relais.allowed-origins", SITE::origin);
    }

    @LocalServerPort
    int port;

    private WidgetBrowser chromium;

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    @BeforeAll
    void start() {
        chromium = WidgetBrowser.launchOrSkip();
        SITE.embed(base());
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @AfterAll
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
        SITE.close();
    }

    private static final java.util.regex.Pattern CODES = java.util.regex.Pattern.compile(
            "\\b(TAKEN|OPEN|CLOSED|CUSTOMER|ADMIN|AGENT|outage|operational|degraded)\\b");

    @Test
    void everyPageOfTheDeskSpeaksFrenchOrEnglishInFullAndPassesAxeOnADesktopAndAPhone() {
        try (DeskPage page = new DeskPage(chromium.browser, 1280, 900)) {
            page.page.navigate(base() + "/admin/login");
            assertThat(page.axe()).isEmpty();
            page.signIn(base(), DeskTeam.ADMIN, DeskTeam.ADMIN_PASSWORD);
            for (String language : new String[] {"fr", "en"}) {
                for (String name : new String[] {"", "incidents.html", "canned.html", "team.html", "audit.html", "account.html"}) {
                    page.page.navigate(base() + "/admin/" + name);
                    assertThat(page.page.locator("body")).not().hasClass(java.util.regex.Pattern.compile("loading"));
                    assertThat(page.page.locator("html")).hasAttribute("lang", language);
                    String text = page.page.locator("body").innerText();
                    assertThat(CODES.matcher(text).find()).as(language + " " + name + ":\n" + text).isFalse();
                    for (int width : new int[] {1280, 375}) {
                        page.page.setViewportSize(width, 900);
                        assertThat(page.axe()).as(language + " " + name + " at " + width + " px").isEmpty();
                    }
                    page.page.setViewportSize(1280, 900);
                    page.screenshot("desk-page-" + language + "-" + (name.isEmpty() ? "conversations" : name.replace(".html", "")));
                }
                if (language.equals("fr")) {
                    page.page.locator(".top button", new Page.LocatorOptions().setHasText("English")).click();
                    assertThat(page.page.locator(".top")).containsText("Sign out");
                }
            }
            page.page.locator(".top button", new Page.LocatorOptions().setHasText("Français")).click();
            assertThat(page.page.locator(".top")).containsText("Se déconnecter");
        }
    }

    @Test
    void twoAgentsSeeAWebCustomerLiveOneAnswersWithACannedAnswerAndTheOtherSeesItTaken() {
        DeskTeam team = new DeskTeam(URI.create(base()));
        assertThat(team.admin().call("PUT", "/api/admin/me", "{\"displayName\":\"Ada\",\"language\":\"fr\"}").statusCode())
                .isEqualTo(200);
        team.member("bruno", "Bruno", "AGENT", "bruno-password-1");
        assertThat(DeskClient.json(team.admin().get("/api/admin/desk/conversations"))).isEmpty();
        assertThat(team.admin().call("POST", "/api/admin/canned-answers", "{\"title\":\"Accueil\","
                + "\"fr\":\"Bonjour {customer}, ici {agent} de l’équipe : je regarde votre demande {ticket}.\","
                + "\"en\":\"Hello {customer}, {agent} from the team here: I am looking at your request {ticket}.\"}")
                .statusCode()).isEqualTo(200);

        try (DeskPage ada = new DeskPage(chromium.browser, 1280, 900); DeskPage bruno = new DeskPage(chromium.browser, 1280, 900)) {
            ada.signIn(base(), DeskTeam.ADMIN, DeskTeam.ADMIN_PASSWORD);
            bruno.signIn(base(), "bruno", "bruno-password-1");
            assertThat(ada.page.locator("#list-empty")).containsText("Aucune conversation en cours");

            BrowserContext visitor = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR"));
            Page site = visitor.newPage();
            site.navigate(SITE.origin() + "/plain.html");
            ChatWidget chat = new ChatWidget(site).open().greeted()
                    .say("mon compte Facebook a été piraté")
                    .expect("Compte Facebook piraté")
                    .say("je veux parler à un humain")
                    .expect("je passe la main");

            String ticket = ada.awaitConversation("Client Web");
            assertThat(bruno.row(ticket)).containsText("En attente d’une personne");
            ada.open(ticket);
            assertThat(ada.ownership()).containsText("Personne ne s’en occupe encore");
            ada.insertCanned("Accueil").type("Avez-vous encore accès à l’adresse e-mail du compte ?");
            assertThat(ada.page.locator("#reply")).hasValue("Bonjour, ici Ada de l’équipe : je regarde votre demande "
                    + ticket + ". Avez-vous encore accès à l’adresse e-mail du compte ?");
            ada.send();
            assertThat(ada.ownership()).containsText("Vous vous en occupez");

            assertThat(bruno.row(ticket)).containsText("Prise par Ada");
            bruno.open(ticket);
            assertThat(bruno.ownership()).containsText("Ada s’en occupe");
            assertThat(bruno.page.locator("#send")).isDisabled();
            assertThat(bruno.page.locator("#actions button", new Page.LocatorOptions().setHasText("Prendre la main"))).isVisible();

            Locator answer = site.locator("relais-widget .msg.agent").last();
            assertThat(answer).containsText("Ada");
            assertThat(answer).containsText("je regarde votre demande " + ticket);
            assertThat(answer).containsText("Avez-vous encore accès à l’adresse e-mail du compte ?");

            chat.say("Non, le pirate l’a changée hier soir");
            assertThat(ada.transcript()).containsText("Non, le pirate l’a changée hier soir");
            assertThat(bruno.transcript()).containsText("Non, le pirate l’a changée hier soir");
            assertThat(ada.page.locator("#dossier")).containsText("Compte Facebook piraté");
            ada.screenshot("desk-two-agents-ada");
            bruno.screenshot("desk-two-agents-bruno");

            assertThat(ada.axe()).isEmpty();
            ada.page.setViewportSize(375, 740);
            assertThat(ada.transcript()).isVisible();
            ada.screenshot("desk-phone-375-conversation");
            assertThat(ada.axe()).isEmpty();
            ada.page.locator("#back").click();
            assertThat(ada.rows().first()).isVisible();
            ada.screenshot("desk-phone-375-list");
            assertThat(ada.axe()).isEmpty();
            ada.page.setViewportSize(1280, 900);
            ada.open(ticket);
            // The whole conversation, from the customer's first message.
            assertThat(ada.transcript()).containsText("mon compte Facebook a été piraté");
            visitor.close();
        }
    }
}
