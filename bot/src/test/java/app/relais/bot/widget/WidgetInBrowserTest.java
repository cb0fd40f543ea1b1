package app.relais.bot.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The widget as a visitor of another website meets it: the whole app on a random port, reached
 * through a network that can be cut; a host page on a different origin embeds it with its script
 * tag; Debian's Chromium, headless, clicks and types. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "relais.session-secret=widget-test-secret-widget-test-secret",
        "spring.datasource.url=jdbc:h2:mem:widget-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "relais.data-dir=./target/widget-test-data"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(value = "app.relais.bot.widget.WidgetBrowser#installed", disabledReason = WidgetBrowser.MISSING)
class WidgetInBrowserTest {

    private static final HostSite SITE = new HostSite();
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @DynamicPropertySource
    static void onlyTheHostSiteMayEmbed(DynamicPropertyRegistry registry) {
        registry.add("relais.allowed-origins", SITE::origin);
    }

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    app.relais.core.RelaisCore core;

    private WidgetBrowser chromium;
    private CuttableNetwork network;
    private BrowserContext context;
    private Page page;
    private final List<String> dialogs = new ArrayList<>();

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
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
    }

    @AfterEach
    void closeContext() {
        network.restore();
        context.close();
    }

    private ChatWidget visit(String pageName) {
        page.navigate(SITE.origin() + "/" + pageName);
        assertThat(page.locator("relais-widget .launcher")).isVisible();
        return new ChatWidget(page);
    }

    @Test
    void aWholeHackedAccountJourneyByClickingAndTypingEndsInACopyableDraftAMailtoButtonAndAnEmlCard() {
        ChatWidget chat = visit("plain.html").walkToTheDate()
                .answerDate("12/11/2026 21:30")
                .expect("(4/5)")
                .say("Mot de passe et adresse email changés, publications frauduleuses")
                .expect("(5/5) Captures d’écran");
        assertThat(page.locator("relais-widget .hint")).containsText("10 Mo");
        chat.attach(fixture("alerte-facebook.png"))
                .expect("alerte-facebook.png")
                .tap("J’ai terminé")
                .expect("Qui êtes-vous")
                .tap("Titulaire du compte")
                .expect("Racontez ce qui s’est passé")
                .say("Le 12 novembre vers 21h30 j’ai reçu un email de changement de mot de passe.")
                .expect("conséquences")
                .say("Mon événement de samedi est annoncé sur ce compte, 300 participants attendent.")
                .tap("Me rendre l’accès à mon compte et annuler les modifications du pirate")
                .expect("comment signer")
                .say("Jeanne Martin")
                .tap("Sans contact")
                .expect("À : abuse@facebook.com")
                .expect("300 participants");
        Locator draft = chat.bots().filter(new Locator.FilterOptions().setHasText("À : abuse@facebook.com")).last();
        assertThat(draft.locator("button.copy")).isVisible();

        chat.tap("C’est parfait").expect("formulaire officiel");
        Locator delivered = chat.bots().filter(new Locator.FilterOptions().setHasText("À : abuse@facebook.com")).last();
        assertThat(delivered.locator("button.copy")).hasAccessibleName("Copier le texte");
        Locator mailto = page.locator("relais-widget a.mail").last();
        assertThat(mailto).hasAttribute("href", java.util.regex.Pattern.compile("^mailto:abuse@facebook\\.com\\?subject="));
        assertThat(mailto).containsText("Ouvrir dans ma messagerie");
        Locator eml = page.locator("relais-widget a.card", new Page.LocatorOptions().setHasText(".eml")).last();
        assertThat(eml).isVisible();
        String href = eml.getAttribute("href");
        assertThat(href).startsWith(network.base() + "/api/files/");
        APIResponse download = context.request().get(href);
        assertThat(download.status()).isEqualTo(200);
        assertThat(new String(download.body(), StandardCharsets.UTF_8)).contains("abuse@facebook.com");

        context.grantPermissions(List.of("clipboard-read", "clipboard-write"), new BrowserContext.GrantPermissionsOptions()
                .setOrigin(SITE.origin()));
        delivered.locator("button.copy").click();
        assertThat(delivered.locator("button.copy")).containsText("Copié");
        assertThat((String) page.evaluate("() => navigator.clipboard.readText()")).contains("À : abuse@facebook.com");

        screenshot("widget-desktop.png");
        assertThat(dialogs).isEmpty();
    }

    @Test
    void filesTooLargeOrOfTheWrongTypeAreRefusedWithAClearMessageAndTheSizeLimitIsShownFirst() {
        ChatWidget chat = visit("plain.html").walkToTheDate();
        assertThat(page.locator("relais-widget .attach")).hasAccessibleName(java.util.regex.Pattern.compile("10 Mo"));
        Locator input = page.locator("relais-widget input[type=file]");

        input.setInputFiles(new FilePayload("enorme.png", "image/png", new byte[10 * 1024 * 1024 + 1]));
        assertThat(page.locator("relais-widget .msg.error").last()).containsText("dépasse 10 Mo");
        input.setInputFiles(new FilePayload("notes.txt", "text/plain", "bonjour".getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("relais-widget .msg.error").last()).containsText("n’est pas accepté");
        input.setInputFiles(new FilePayload("capture.png", "image/png", bytes("fixtures/renamed-executable.png")));
        assertThat(page.locator("relais-widget .msg.error")).hasCount(3);
        assertThat(page.locator("relais-widget .msg.error").last()).containsText("PDF");
        assertThat(chat.users()).hasCount(5);

        chat.answerDate("12/11/2026 21:30").expect("(4/5)");
    }

    @Test
    void aScreenshotPastedFromTheClipboardOrDroppedOnThePanelIsAttached() {
        ChatWidget chat = visit("plain.html").walkToTheDate().answerDate("12/11/2026 21:30")
                .say("Mot de passe changé").expect("(5/5)");
        String png = java.util.Base64.getEncoder().encodeToString(bytes("fixtures/alerte-facebook.png"));
        String fileFromBase64 = "const bytes = Uint8Array.from(atob(png), c => c.charCodeAt(0));"
                + " const data = new DataTransfer(); data.items.add(new File([bytes], name, { type: 'image/png' }));";

        page.locator("relais-widget textarea").evaluate("(input, [png, name]) => { " + fileFromBase64
                + " input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })); }",
                List.of(png, "collee.png"));
        assertThat(chat.users().last()).containsText("collee.png");
        chat.settled().expect("collee.png");

        page.locator("relais-widget .panel").evaluate("(panel, [png, name]) => { " + fileFromBase64
                + " panel.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true }));"
                + " panel.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true })); }",
                List.of(png, "deposee.png"));
        assertThat(chat.users().last()).containsText("deposee.png");
        chat.settled().expect("deposee.png");
        assertThat(page.locator("relais-widget .drop")).isHidden();
    }

    @Test
    void bannerAndAgentFramesAreShownAboveAndInTheConversation() {
        java.util.concurrent.atomic.AtomicReference<com.microsoft.playwright.WebSocketRoute> socket =
                new java.util.concurrent.atomic.AtomicReference<>();
        page.routeWebSocket(java.util.regex.Pattern.compile(".*/ws/chat$"), route -> {
            route.connectToServer();
            socket.set(route);
        });
        ChatWidget chat = visit("plain.html").open().greeted();

        socket.get().send("{\"type\":\"banner\",\"level\":\"outage\",\"text\":\"Facebook ne répond plus <b>depuis 9 h</b>\"}");
        Locator banner = page.locator("relais-widget .banner");
        assertThat(banner).isVisible();
        assertThat(banner).hasText("Facebook ne répond plus <b>depuis 9 h</b>");
        assertThat(banner).hasClass(java.util.regex.Pattern.compile("outage"));

        socket.get().send("{\"type\":\"agent\",\"name\":\"Camille\",\"text\":\"Bonjour, je prends le relais.\"}");
        Locator agent = page.locator("relais-widget .msg.agent");
        assertThat(agent).containsText("Camille");
        assertThat(agent).containsText("Bonjour, je prends le relais.");

        socket.get().send("{\"type\":\"banner\",\"level\":\"info\",\"text\":null}");
        assertThat(banner).isHidden();
        chat.say("mon compte Facebook a été piraté").expect("Compte Facebook piraté");
    }

    @Test
    void aReloadMidJourneyShowsTheTranscriptAndResumesAtTheSameStepAndSoDoesANewTab() {
        visit("plain.html").walkToTheDate();

        page.reload();
        ChatWidget reloaded = new ChatWidget(page);
        assertThat(reloaded.panel()).isVisible();
        assertThat(reloaded.log()).containsText("mon compte Facebook a été piraté");
        assertThat(reloaded.bots().last()).containsText("(3/5)");
        assertThat(reloaded.status()).isEmpty();
        reloaded.answerDate("12/11/2026 21:30").expect("(4/5)");
        assertThat(reloaded.log()).not().containsText("Bon retour");

        // A closed tab: no transcript in the new tab, the token brings the same conversation back.
        page.close();
        page = context.newPage();
        ChatWidget newTab = visit("plain.html").open();
        assertThat(newTab.log()).containsText("Bon retour");
        assertThat(newTab.bots().last()).containsText("(4/5)");
        newTab.settled().say("Mot de passe changé").expect("(5/5)");
    }

    @Test
    void messagesTypedWhileTheNetworkIsDownAreShownPendingThenDeliveredOnceAndInOrder() {
        ChatWidget chat = visit("plain.html").walkToTheProfile();

        network.cut();
        context.setOffline(true);
        assertThat(chat.status()).containsText(java.util.regex.Pattern.compile("Connexion perdue|injoignable"));
        chat.input().fill("https://www.facebook.com/jeanne.martin");
        chat.input().press("Enter");
        chat.input().fill("jeanne.martin@example.fr");
        chat.input().press("Enter");
        Locator pending = page.locator("relais-widget .msg.user.pending");
        assertThat(pending).hasCount(2);
        assertThat(pending.first()).containsText("En attente de connexion");

        network.restore();
        context.setOffline(false);
        assertThat(pending).hasCount(0);
        chat.settled();
        assertThat(chat.bots().last()).containsText("(3/5)");
        assertThat(chat.botTexts()).filteredOn(t -> t.contains("(2/5)")).hasSize(1);
        assertThat(chat.botTexts()).filteredOn(t -> t.contains("(3/5)")).hasSize(1);
        assertThat(chat.users().allTextContents()).filteredOn(t -> t.contains("jeanne.martin@example.fr")).hasSize(1);
        assertThat(chat.status()).isEmpty();
    }

    @Test
    void whatTheUserTypesIsShownAsTextNeverRunAsMarkup() {
        ChatWidget chat = visit("plain.html").open().greeted();
        List<String> payloads = List.of(
                "<script>alert('script')</script>",
                "<img src=x onerror=\"alert('img')\">",
                "[cliquez ici](javascript:alert('link'))",
                "javascript:alert('url')");
        for (String payload : payloads) {
            chat.say(payload);
        }
        assertThat(chat.users().allTextContents()).containsExactlyElementsOf(
                payloads.stream().map(p -> "Vous : " + p).toList());
        Locator log = chat.log();
        assertThat(log.locator("script, img, iframe")).hasCount(0);
        assertThat(log.locator("a[href^='javascript' i]")).hasCount(0);
        assertThat(page.locator("body > img, body > script:not([src])")).hasCount(0);
        assertThat(dialogs).isEmpty();
    }

    @Test
    void aSiteThatIsNotAllowedIsToldWhyItCannotConnectInsteadOfWaitingForever() {
        page.navigate(SITE.otherOrigin() + "/plain.html");
        ChatWidget chat = new ChatWidget(page).open();
        assertThat(chat.status()).containsText("n’est pas autorisé");
        assertThat(chat.status()).containsText(SITE.otherOrigin());
        assertThat(chat.input()).isDisabled();
        assertThat(chat.bots()).hasCount(0);
    }

    @Test
    void theHostPageStylesDoNotReachTheWidgetAndTheWidgetStylesDoNotReachTheHostPage() {
        page.navigate(SITE.origin() + "/hostile.html");
        ChatWidget chat = new ChatWidget(page);
        assertThat(chat.panel()).isVisible();
        chat.greeted().say("mon compte Facebook a été piraté").expect("Compte Facebook piraté");
        Map<String, Object> inside = style("relais-widget .choice >> nth=0");
        assertThat((String) inside.get("fontFamily")).doesNotContain("Comic");
        assertThat(inside.get("display")).isEqualTo("flex");
        assertThat(inside.get("color")).isNotEqualTo("rgb(204, 0, 0)");
        assertThat(inside.get("backgroundColor")).isNotEqualTo("rgb(0, 255, 0)");
        assertThat(inside.get("letterSpacing")).isEqualTo("normal");
        assertThat(style("relais-widget textarea").get("width")).isNotEqualTo("10px");
        assertThat(chat.launcher()).isVisible();
        assertThat(chat.bots().first()).isVisible();
        // The host's own .launcher, .log and .msg keep the host's rules and get none of the widget's.
        Map<String, Object> hostButton = style("#host-button");
        assertThat(hostButton.get("display")).isEqualTo("none");
        assertThat(hostButton.get("borderRadius")).isEqualTo("0px");
        Map<String, Object> hostList = style("#host-list");
        assertThat(hostList.get("display")).isEqualTo("block");
        assertThat(hostList.get("overflowY")).isEqualTo("visible");
        assertThat((String) hostList.get("fontFamily")).contains("Comic");
        chat.tap("Oui, c’est ça").expect("abuse@facebook.com");
        assertThat(dialogs).isEmpty();
    }

    @Test
    void theKeyboardAloneOpensAnswersTrapsFocusAndClosesBackToTheLauncher() {
        ChatWidget chat = visit("plain.html");
        page.keyboard().press("Tab");
        assertThat(chat.launcher()).isFocused();
        assertThat(chat.launcher()).hasAttribute("aria-expanded", "false");
        page.keyboard().press("Enter");
        assertThat(chat.panel()).isVisible();
        assertThat(chat.input()).isFocused();
        chat.greeted();
        page.keyboard().type("mon compte Facebook a été piraté");
        page.keyboard().press("Enter");
        chat.settled().expect("Compte Facebook piraté");

        Locator yes = page.locator("relais-widget button.choice:enabled", new Page.LocatorOptions().setHasText("Oui, c’est ça"));
        for (int i = 0; i < 40 && !isFocused(yes); i++) {
            page.keyboard().press("Tab");
            assertThat((Boolean) page.evaluate("() => document.activeElement.tagName === 'RELAIS-WIDGET'")).isTrue();
        }
        assertThat(yes).isFocused();
        page.keyboard().press("Enter");
        chat.settled().expect("Préparer ma demande");

        for (int i = 0; i < 60; i++) {
            page.keyboard().press("Shift+Tab");
            assertThat((Boolean) page.evaluate("() => document.activeElement.tagName === 'RELAIS-WIDGET'"))
                    .as("focus stays in the open chat").isTrue();
        }
        page.keyboard().press("Escape");
        assertThat(chat.panel()).isHidden();
        assertThat(chat.launcher()).isFocused();
        assertThat(chat.launcher()).hasAttribute("aria-expanded", "false");
        String outline = (String) chat.launcher().evaluate("b => getComputedStyle(b).outlineStyle");
        assertThat(outline).isEqualTo("solid").as("visible focus");
    }

    @Test
    void theScriptTagOptionsAndTheJavaScriptApiWork() {
        page.navigate(SITE.origin() + "/options.html");
        ChatWidget chat = new ChatWidget(page);
        assertThat(chat.launcher()).isVisible();
        assertThat(chat.panel()).isHidden();
        assertThat(chat.launcher()).hasAccessibleName("Open the support chat");
        double left = chat.launcher().boundingBox().x;
        assertThat(left).isLessThan(100).as("data-position=left");
        assertThat(chat.launcher()).hasCSS("background-color", "rgb(15, 123, 62)");

        page.evaluate("() => Relais.open()");
        assertThat(chat.panel()).isVisible();
        assertThat(page.locator("relais-widget h2")).hasText("Shop help");
        // data-start="outage": the business's welcome, not Relais's own hello.
        assertThat(chat.bots().first()).containsText("Hello, you have reached customer service");
        chat.settled();
        page.evaluate("() => Relais.close()");
        assertThat(chat.panel()).isHidden();
        @SuppressWarnings("unchecked")
        List<String> events = (List<String>) page.evaluate("() => relaisEvents");
        assertThat(events).contains("open", "ready", "message", "close");
        assertThat(events.indexOf("open")).isLessThan(events.indexOf("ready"));
    }

    @Test
    void anOutageDeclaredByTheAdminShowsInTheOpenWidgetWithinASecondAndOnThePublicStatusPage() {
        ChatWidget chat = visit("plain.html").open().greeted();
        Locator banner = page.locator("relais-widget .banner");
        try {
            core.outage().declare("messenger", app.relais.outage.ServiceStatus.OUTAGE, new app.relais.catalog.LocalizedText(
                    "Messenger ne nous transmet plus vos messages.", "Messenger no longer delivers your messages."), null);
            assertThat(banner).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                    .setTimeout(1000));
            assertThat(banner).containsText("Messenger ne nous transmet plus vos messages.");

            Page status = context.newPage();
            status.setViewportSize(375, 740);
            status.navigate(network.base() + "/status");
            assertThat(status.locator("body")).containsText("Messenger ne nous transmet plus vos messages.");
            screenshotOf(status, "status-page-mobile-375");
            status.close();
        } finally {
            core.outage().clear("messenger", null);
        }
        assertThat(banner).isHidden();
        chat.say("mon compte Facebook a été piraté").expect("Compte Facebook piraté");
    }

    @Test
    void theDemoPageEmbedsTheWidgetOpenUnderItsStrictContentSecurityPolicy() {
        page.navigate(network.base() + "/");
        ChatWidget chat = new ChatWidget(page);
        assertThat(chat.panel()).isVisible();
        chat.greeted();
        assertThat(chat.launcher()).hasCSS("background-color", "rgb(29, 78, 216)");
        chat.say("mon compte Facebook a été piraté").expect("Compte Facebook piraté");
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationsOnDesktopOrOnA375PixelPhone() {
        ChatWidget chat = visit("plain.html").walkToTheDate().answerDate("12/11/2026 21:30")
                .say("Mot de passe changé").expect("(5/5)");
        assertThat(axe()).isEmpty();

        page.setViewportSize(375, 740);
        assertThat(chat.panel()).isVisible();
        assertThat(chat.panel().boundingBox().width).isEqualTo(375.0);
        assertThat(chat.input().boundingBox().y + chat.input().boundingBox().height).isLessThanOrEqualTo(740.0);
        screenshot("widget-mobile-375.png");
        assertThat(axe()).isEmpty();

        page.keyboard().press("Escape");
        page.setViewportSize(1280, 860);
        screenshot("widget-launcher.png");
    }

    /** Serious and critical axe-core violations, as "rule: target" lines. */
    @SuppressWarnings("unchecked")
    private List<String> axe() {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(new String(bytes("axe/axe.min.js"), StandardCharsets.UTF_8)));
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, { resultTypes: ['violations'] });
                  return result.violations
                      .filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => ({ id: v.id, targets: v.nodes.map(n => JSON.stringify(n.target)).join(' ') }));
                }""");
        return violations.stream().map(v -> v.get("id") + ": " + v.get("targets")).toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> style(String selector) {
        return (Map<String, Object>) page.locator(selector).evaluate("""
                e => { const s = getComputedStyle(e); return { fontFamily: s.fontFamily, display: s.display,
                  color: s.color, backgroundColor: s.backgroundColor, letterSpacing: s.letterSpacing,
                  width: s.width, borderRadius: s.borderRadius, overflowY: s.overflowY }; }""");
    }

    private static boolean isFocused(Locator locator) {
        return locator.count() > 0 && (Boolean) locator.first().evaluate("e => e.getRootNode().activeElement === e");
    }

    private void screenshot(String name) {
        screenshotOf(page, name);
    }

    private static void screenshotOf(Page target, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        target.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name.endsWith(".png") ? name : name + ".png")));
    }

    private static Path fixture(String name) {
        try {
            return Path.of(WidgetInBrowserTest.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = WidgetInBrowserTest.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
