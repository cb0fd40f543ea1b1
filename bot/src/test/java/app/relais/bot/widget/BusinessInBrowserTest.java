package app.relais.bot.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.relais.bot.desk.DeskTeam;
import app.relais.bot.detection.AutoIncidents;
import app.relais.catalog.LocalizedText;
import app.relais.core.RelaisCore;
import app.relais.outage.BusinessProfile;
import app.relais.outage.ServiceStatus;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The business's side in a real browser: a community manager edits the profile on the admin page
 * and, within a second, the status page and the chat's outage welcome say it; the status page
 * reads on a 375-pixel phone with its chat link; every crisis-kit text has a copy button that
 * copies it; the crisis kit's link fills the admin page's incident form; the report page shows a
 * report. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "relais.session-secret=business-browser-secret-business-browser",
        "relais.admin.user=" + DeskTeam.ADMIN, "relais.admin.password=" + DeskTeam.ADMIN_PASSWORD,
        "spring.datasource.url=jdbc:h2:mem:business-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "relais.data-dir=./target/business-browser-data"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(value = "app.relais.bot.widget.WidgetBrowser#installed", disabledReason = WidgetBrowser.MISSING)
class BusinessInBrowserTest {

    private static final HostSite SITE = new HostSite();
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final LocatorAssertions.ContainsTextOptions WITHIN_A_SECOND =
            new LocatorAssertions.ContainsTextOptions().setTimeout(1000);

    @DynamicPropertySource
    static void onlyTheHostSiteMayEmbed(DynamicPropertyRegistry registry) {
        registry.add("relais.allowed-origins", SITE::origin);
    }

    @LocalServerPort
    int port;

    @Autowired
    RelaisCore core;

    @Autowired
    AutoIncidents autos;

    private WidgetBrowser chromium;
    private CuttableNetwork network;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    void start() {
        chromium = WidgetBrowser.launchOrSkip();
        network = new CuttableNetwork(port);
        SITE.embed(network.base());
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterAll
    void stop() {
        if (network != null) {
            network.close();
        }
        if (chromium != null) {
            chromium.close();
        }
        SITE.close();
    }

    @BeforeEach
    void newVisitor() {
        context = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860).setLocale("fr-FR"));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
        page.onDialog(dialog -> dialog.accept());
    }

    @AfterEach
    void tidy() {
        context.close();
        core.outage().open().forEach(i -> core.outage().clear(i.channel(), null));
        BusinessProfile current = core.profiles().current();
        core.profiles().update(new BusinessProfile(null, null, null, null, null, null, List.of("fr", "en"), null, null,
                current.channels(), null, null), "test", java.time.Instant.now());
    }

    private static String status(String url) {
        try {
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            org.assertj.core.api.Assertions.assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Page admin(String path) {
        Page admin = context.newPage();
        admin.navigate(network.base() + path);
        return signIn(admin);
    }

    /** The desk's sign-in page, then back to the page asked for, drawn in the administrator's language. */
    private static Page signIn(Page admin) {
        assertThat(admin).hasURL(java.util.regex.Pattern.compile(".*/admin/login(#.*)?$"));
        admin.locator("#username").fill(DeskTeam.ADMIN);
        admin.locator("#password").fill(DeskTeam.ADMIN_PASSWORD);
        admin.locator("button[type=submit]").click();
        assertThat(admin.locator("#top nav")).isVisible();
        return admin;
    }

    private ChatWidget widget() {
        page.navigate(SITE.origin() + "/plain.html");
        assertThat(page.locator("relais-widget .launcher")).isVisible();
        return new ChatWidget(page).open();
    }

    @Test
    void theProfileEditedInTheAdminShowsOnTheStatusPageAndInTheOutageWelcomeWithinASecond() {
        core.outage().declare("messenger", ServiceStatus.OUTAGE,
                new LocalizedText("Messenger ne nous transmet plus vos messages.", "Messenger no longer delivers your messages."), null);
        Page admin = admin("/admin/profile.html");
        admin.locator("#name").fill("Boutique Dupont");
        admin.locator("#email").fill("contact@boutique-dupont.fr");
        admin.locator("#phone").fill("04 78 00 00 00");
        admin.locator("#hours-fr").fill("du lundi au vendredi, de 9 h à 18 h");
        admin.locator("#hours-en").fill("Monday to Friday, 9 am to 6 pm");
        admin.locator("#note-fr").fill("Pendant la panne de Messenger, écrivez-nous dans le chat.");
        admin.locator("#note-en").fill("While Messenger is down, write to us in the chat.");
        // A slip the browser lets through: refused in the administrator's language, the form kept as typed.
        admin.locator("#email").fill("contact@boutique-dupont");
        admin.locator("#profile-form button[type=submit]").click();
        assertThat(admin.locator("#status")).hasText(
                "Profil non enregistré, rien n’a changé. « contact@boutique-dupont » n’est pas une adresse e-mail.");
        assertThat(admin.locator("#hours-fr")).hasValue("du lundi au vendredi, de 9 h à 18 h");
        admin.locator("#email").fill("contact@boutique-dupont.fr");
        admin.locator("#profile-form button[type=submit]").click();
        assertThat(admin.locator("#status")).containsText("Profil enregistré");
        assertThat(admin.locator("#saved")).containsText("par " + DeskTeam.ADMIN);
        screenshotOf(admin, "admin-profile");

        // The edit is in force as soon as it is saved: the status API says so at once, the page within a second.
        String api = status(network.base() + "/api/status");
        org.assertj.core.api.Assertions.assertThat(api).contains("Boutique Dupont").contains("contact@boutique-dupont.fr");
        Page status = context.newPage();
        status.navigate(network.base() + "/status");
        assertThat(status.locator("h1")).containsText("Boutique Dupont", WITHIN_A_SECOND);
        assertThat(status.locator(".contacts")).containsText("contact@boutique-dupont.fr", WITHIN_A_SECOND);
        assertThat(status.locator(".note")).containsText("Pendant la panne de Messenger", WITHIN_A_SECOND);
        status.close();

        ChatWidget chat = widget();
        assertThat(chat.bots().first()).containsText("Bonjour, vous êtes bien chez Boutique Dupont", WITHIN_A_SECOND);
        assertThat(page.locator("relais-widget .banner")).containsText("Messenger ne nous transmet plus vos messages.");
        // During the incident the header speaks for the business, not for Relais.
        assertThat(page.locator("relais-widget header h2")).hasText("Boutique Dupont");
        assertThat(page.locator("relais-widget header p")).hasText("Notre équipe vous répond ici.");
        chat.settled().expect("par e-mail à contact@boutique-dupont.fr ou par téléphone au 04 78 00 00 00");
        screenshotOf(page, "widget-outage-welcome");
        chat.say("mon compte instagram a été piraté cette nuit").expect("Compte Instagram piraté");
    }

    @Test
    void anIncidentRelaisDeclaredItselfIsMarkedOnTheIncidentsPageAndConfirmedThereInTheAdministratorsName() {
        var incident = core.outage().declare("messenger", ServiceStatus.OUTAGE,
                new LocalizedText("Nos messages n’arrivent plus.", "Our messages are not getting through."), null);
        autos.detected(incident.id(), "messenger", incident.openedAt());
        Page admin = admin("/admin/incidents.html");
        assertThat(admin.locator("#channels")).containsText("détecté automatiquement");

        admin.locator("#channels .confirm-detected").click();

        assertThat(admin.locator("#channels")).containsText("confirmé par " + DeskTeam.ADMIN);
        assertThat(admin.locator("#channels .confirm-detected")).hasCount(0);
        assertThat(autos.find(incident.id()).orElseThrow().confirmedBy()).isEqualTo(DeskTeam.ADMIN);
    }

    @Test
    void theStatusPageOnA375PixelPhoneShowsTheChatLinkWithoutSideScrolling() {
        core.profiles().update(new BusinessProfile("Boutique Dupont", "service-client.tres-longue-adresse@boutique-dupont.fr",
                "04 78 00 00 00", "https://www.boutique-dupont.fr/nous-contacter/formulaire", null,
                new LocalizedText("du lundi au vendredi, de 9 h à 18 h", "Monday to Friday, 9 am to 6 pm"), List.of("fr"),
                null, null, core.profiles().current().channels(), "test", java.time.Instant.now()), "test", java.time.Instant.now());
        core.outage().declare("messenger", ServiceStatus.OUTAGE,
                new LocalizedText("Messenger ne nous transmet plus vos messages.", "Messenger no longer delivers your messages."), null);
        Page phone = context.newPage();
        phone.setViewportSize(375, 740);
        phone.navigate(network.base() + "/status");
        Locator chatLink = phone.locator("a.chat-link");
        assertThat(chatLink).isVisible();
        assertThat(chatLink).hasText("Écrire dans le chat");
        assertThat(chatLink.boundingBox().x + chatLink.boundingBox().width).isLessThanOrEqualTo(375.0);
        assertThat(chatLink.boundingBox().y).isLessThan(740.0);
        assertThat((Integer) phone.evaluate("() => document.documentElement.scrollWidth")).isLessThanOrEqualTo(375);
        assertThat(phone.locator("main")).containsText("heure de Paris");
        screenshotOf(phone, "status-page-375");
        chatLink.click();
        assertThat(phone.locator("relais-widget .panel")).isVisible();
    }

    @Test
    void everyCrisisKitTextHasACopyButtonThatCopiesIt() {
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"),
                new BrowserContext.GrantPermissionsOptions().setOrigin(SITE.origin()));
        ChatWidget chat = widget();
        chat.settled().say("/start crisis").expect("Avant d’annoncer quoi que ce soit")
                .tap("C’est confirmé : panne générale").expect("Déclarez maintenant l’incident")
                .tap("Continuer sans déclarer").tap("Voir les messages à publier").expect("Votre premier message est-il publié ?");
        Locator texts = chat.bots().filter(new Locator.FilterOptions().setHas(page.locator("button.copy")));
        assertThat(texts).hasCount(6);
        for (int i = 0; i < 6; i++) {
            Locator text = texts.nth(i);
            text.locator("button.copy").click();
            assertThat(text.locator("button.copy")).containsText("Copié");
            String copied = (String) page.evaluate("() => navigator.clipboard.readText()");
            assertThat(copied).startsWith(List.of("📢", "🔄", "✅").get(i / 2)).doesNotContain("[");
            assertThat(text).containsText(copied.substring(0, 40));
        }
        screenshotOf(page, "widget-crisis-texts");
        chat.tap("C’est publié").expect("fait à").tap("La panne est finie").expect("Messenger fonctionne de nouveau");
        assertThat(page.locator("relais-widget button.choice:enabled", new Page.LocatorOptions().setHasText("Nouveau kit de crise")))
                .isVisible();
    }

    @Test
    void theCrisisKitLinkFillsTheAdminFormAndTheReportPageShowsTheIncident() {
        ChatWidget chat = widget();
        chat.settled().say("/start crisis").tap("C’est confirmé : panne générale");
        Locator link = page.locator("relais-widget a", new Page.LocatorOptions().setHasText("Déclarer l’incident")).last();
        String href = link.getAttribute("href");
        assertThat(href).startsWith(network.base() + "/admin/incidents.html?declare=messenger");
        Page admin = context.newPage();
        admin.navigate(href);
        signIn(admin);
        assertThat(admin).hasURL(java.util.regex.Pattern.compile(".*/admin/incidents.html\\?declare=messenger.*"));
        assertThat(admin.locator("#message-fr")).hasValue("Messenger est en panne : vos messages ne nous parviennent pas. "
                + "Écrivez-nous ici, nous vous répondons.");
        assertThat(admin.locator("#channel")).hasValue("messenger");
        admin.locator("#incident-form button[type=submit]").click();
        assertThat(admin.locator("#channels")).containsText("en panne");
        assertThat(admin.locator("#expected-label")).containsText("heure de Europe/Paris");
        chat.tap("C’est déclaré").expect("C’est bien déclaré depuis");

        // Another person, another browser: the widget keeps its session per site.
        try (BrowserContext other = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
            Page visitor = other.newPage();
            visitor.navigate(SITE.origin() + "/plain.html");
            ChatWidget customer = new ChatWidget(visitor).open().greeted();
            customer.say("quand est-ce que vous livrez ?").expect("e-mail de confirmation d’expédition");
        }
        core.outage().clear("messenger", null);

        Page reports = admin;
        reports.navigate(network.base() + "/admin/reports.html");
        reports.locator("#incidents button").first().click();
        assertThat(reports.locator("#report-when")).containsText("Durée");
        assertThat(reports.locator("#questions")).containsText("Où en est ma commande ? — 1\u00a0fois");
        assertThat(reports.locator("#conversations")).containsText("Web");
        screenshotOf(reports, "admin-report");
        var download = reports.waitForDownload(() -> reports.locator("#csv").click());
        assertThat(download.suggestedFilename()).endsWith(".csv");
    }

    private static void screenshotOf(Page target, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        target.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name + ".png")));
    }
}
