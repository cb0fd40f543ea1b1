package app.relais.bot.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.relais.catalog.LocalizedText;
import app.relais.core.RelaisCore;
import app.relais.outage.ServiceStatus;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a visitor sees and keeps in the widget (issue 20), in Debian's Chromium, headless: a
 * password masked on their own screen and in the tab's storage, /forget that forgets on the page
 * too, /lang that switches the widget's own texts and the banner, placeholders that say what the
 * question wants, icons instead of emoji, a new tab after approval that gets the files again, and
 * a calendar file that rings at 09:00 where the browser is. Screenshots: {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "relais.session-secret=widget-privacy-secret-widget-privacy-secret",
        "spring.datasource.url=jdbc:h2:mem:widget-privacy;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "relais.data-dir=./target/widget-privacy-data"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(value = "app.relais.bot.widget.WidgetBrowser#installed", disabledReason = WidgetBrowser.MISSING)
class WidgetPrivacyInBrowserTest {

    private static final HostSite SITE = new HostSite();
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @DynamicPropertySource
    static void onlyTheHostSiteMayEmbed(DynamicPropertyRegistry registry) {
        registry.add("relais.allowed-origins", SITE::origin);
    }

    @LocalServerPort
    int port;
    @Autowired
    RelaisCore core;

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

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    private ChatWidget visit(String timezone) {
        context = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860)
                .setLocale("fr-FR").setTimezoneId(timezone));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
        page.navigate(SITE.origin() + "/plain.html");
        assertThat(page.locator("relais-widget .launcher")).isVisible();
        return new ChatWidget(page);
    }

    private ChatWidget visit() {
        return visit("Europe/Paris");
    }

    @Test
    void aPasswordTypedInTheChatIsMaskedInTheBubbleAndInTheTabsStorage() {
        ChatWidget chat = visit().walkToTheProfile().say("https://www.facebook.com/jeanne.martin").expect("(2/5)");

        chat.say("mon mot de passe est Soleil2024!").expect("j’ai masqué").expect("(2/5)");

        assertThat(chat.users().last()).hasText("Vous : mon mot de passe est ••••••");
        assertThat(chat.log()).not().containsText("Soleil2024");
        assertThat((String) page.evaluate("() => document.querySelector('relais-widget').shadowRoot.innerHTML"))
                .doesNotContain("Soleil2024");
        assertThat(chat.sessionStorage()).contains("••••••").doesNotContain("Soleil2024");
        assertThat(chat.log()).not().containsText("Il manque le @");
        screenshot("widget-password-masked.png");

        page.reload();
        ChatWidget reloaded = new ChatWidget(page);
        assertThat(reloaded.users().last()).hasText("Vous : mon mot de passe est ••••••");
        assertThat(reloaded.log()).not().containsText("Soleil2024");
    }

    @Test
    void forgetErasesTheTranscriptOnScreenAndInStorageDropsTheTokenAndGreetsAgainInTheSameLanguage() {
        ChatWidget chat = visit().open().greeted()
                .say("/lang en").expect("English")
                .say("my facebook account was hacked").expect("Hacked Facebook account");
        String oldToken = chat.localStorage();

        chat.say("/forget").tap("Yes, erase everything");

        assertThat(chat.bots().first()).containsText("Done: your conversation");
        assertThat(chat.log()).containsText("Hello, I am Relais");
        assertThat(chat.log()).not().containsText("my facebook account was hacked");
        assertThat(chat.log()).not().containsText("Hacked Facebook account");
        assertThat(chat.users()).hasCount(0);
        assertThat(chat.sessionStorage()).doesNotContain("my facebook account was hacked")
                .doesNotContain("Hacked Facebook account").doesNotContain("/lang en");
        assertThat(chat.localStorage()).isNotEqualTo(oldToken).contains(".");
        assertThat(chat.input()).hasAttribute("placeholder", "Describe your problem…");
        screenshot("widget-after-forget.png");

        page.reload();
        ChatWidget reloaded = new ChatWidget(page);
        assertThat(reloaded.log()).not().containsText("my facebook account was hacked");
        reloaded.settled().say("my instagram account was hacked").expect("Instagram");
    }

    @Test
    void langEnSwitchesTheWidgetsOwnTextsAndTheBannerAndAReloadKeepsThem() {
        ChatWidget chat = visit().open().greeted();
        try {
            core.outage().declare("messenger", ServiceStatus.OUTAGE, new LocalizedText(
                    "Messenger ne nous transmet plus vos messages.", "Messenger no longer delivers your messages."), null);
            assertThat(chat.banner()).containsText("Messenger ne nous transmet plus vos messages.");
            assertThat(chat.title()).hasText("Relais, aide aux demandes");
            assertThat(chat.input()).hasAttribute("placeholder", "Décrivez votre problème…");

            chat.say("/lang en").expect("English");

            assertThat(chat.title()).hasText("Relais support");
            assertThat(chat.input()).hasAttribute("placeholder", "Describe your problem…");
            assertThat(chat.banner()).containsText("Messenger no longer delivers your messages.");
            assertThat(page.locator("relais-widget button.send")).hasAccessibleName("Send");
            assertThat(page.locator("relais-widget .close")).hasAccessibleName("Close the chat");
            assertThat(chat.users().first()).hasText("You : /lang en");
            screenshot("widget-lang-en.png");

            page.reload();
            ChatWidget reloaded = new ChatWidget(page);
            assertThat(reloaded.title()).hasText("Relais support");
            assertThat(reloaded.banner()).containsText("Messenger no longer delivers your messages.");
        } finally {
            core.outage().clear("messenger", null);
        }
    }

    @Test
    void thePlaceholderSaysWhatEachQuestionWants() {
        ChatWidget chat = visit().open().greeted();
        assertThat(chat.input()).hasAttribute("placeholder", "Décrivez votre problème…");
        chat.say("mon compte Facebook a été piraté").expect("Compte Facebook piraté");
        assertThat(chat.input()).hasAttribute("placeholder", "Choisissez, ou écrivez…");
        chat.tap("Oui, c’est ça").tap("Préparer ma demande").expect("(1/5)");
        assertThat(chat.input()).hasAttribute("placeholder", "Collez le lien…");
        assertThat(chat.input()).hasAttribute("inputmode", "url");
        chat.say("https://www.facebook.com/jeanne.martin").expect("(2/5)");
        assertThat(chat.input()).hasAttribute("placeholder", "Votre adresse email…");
        assertThat(chat.input()).hasAttribute("inputmode", "email");
        chat.say("jeanne.martin@example.fr").expect("(3/5)");
        assertThat(chat.input()).hasAttribute("placeholder", "La date, et l’heure si possible…");
    }

    @Test
    void buttonsCarryTheWidgetsOwnIconsAndNoEmoji() {
        ChatWidget chat = visit().walkToTheDate().say("/dossier");
        Locator edit = page.locator("relais-widget button.choice:enabled", new Page.LocatorOptions().setHasText("Modifier"));
        assertThat(edit.first()).isVisible();
        assertThat(edit.first().locator("svg")).hasCount(1);
        assertThat(page.locator("relais-widget button.choice:enabled", new Page.LocatorOptions()
                .setHasText("Reprendre où j’en étais")).locator("svg")).hasCount(1);
        for (String label : page.locator("relais-widget button.choice").allTextContents()) {
            assertThat(label.codePoints().filter(c -> c >= 0x2190 && c <= 0x2BFF || c >= 0x1F000).count())
                    .as(label).isZero();
        }
        screenshot("widget-dossier-icons.png");
        chat.tap("Reprendre où j’en étais").expect("(3/5)");
    }

    @Test
    void aNewTabAfterApprovalGetsTheDraftItsLinksAndItsFilesAgain() {
        visit().walkToTheDelivery();

        // The page is gone right after "C’est parfait" (a closed tab, a phone that lost the page).
        page.close();
        page = context.newPage();
        page.navigate(SITE.origin() + "/plain.html");
        ChatWidget again = new ChatWidget(page).open();
        assertThat(again.log()).containsText("Bon retour");
        again.settled();
        assertThat(again.log()).containsText("envoi de la demande");
        assertThat(again.log()).containsText("À : abuse@facebook.com");
        Locator eml = page.locator("relais-widget a.card", new Page.LocatorOptions().setHasText(".eml"));
        Locator zip = page.locator("relais-widget a.card", new Page.LocatorOptions().setHasText(".zip"));
        assertThat(eml).hasCount(1);
        assertThat(zip).hasCount(1);
        assertThat(page.locator("relais-widget a.mail")).hasCount(1);
        APIResponse download = context.request().get(eml.getAttribute("href"));
        assertThat(download.status()).isEqualTo(200);
        assertThat(new String(download.body(), StandardCharsets.UTF_8)).contains("abuse@facebook.com");
        assertThat(context.request().get(zip.getAttribute("href")).status()).isEqualTo(200);
        screenshot("widget-status-after-approval.png");
    }

    @Test
    void theCalendarFileRingsAtNineInTheBrowsersZoneAndTheBotSaysItCannotWriteFirst() {
        ChatWidget chat = visit("America/Montreal").walkToTheDelivery().tap("J’ai envoyé ma demande")
                .expect("je ne peux pas vous écrire de moi-même")
                .expect("à 9 h");
        Locator ics = page.locator("relais-widget a.card", new Page.LocatorOptions().setHasText(".ics")).last();
        String calendar = new String(context.request().get(ics.getAttribute("href")).body(), StandardCharsets.UTF_8);
        Matcher start = Pattern.compile("DTSTART:(\\d{8}T\\d{6})Z").matcher(calendar);
        assertThat(start.find()).isTrue();
        assertThat(LocalDateTime.parse(start.group(1), DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"))
                .atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.of("America/Montreal")).toLocalTime())
                .hasToString("09:00");
        chat.expect("Que voulez-vous faire ?");
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)));
    }
}
