package app.relais.bot.desk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One agent at the desk in Chromium, driven as a person drives it: signs in on the form, watches
 * the list, opens a conversation, picks a canned answer, types, sends. Every step waits for what
 * it expects on screen (no sleep). Screenshots go to {@code target/screenshots/}.
 */
public final class DeskPage implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    public final Page page;
    private final BrowserContext context;

    /** A browser profile of its own (cookies, storage), CSP bypassed only so axe-core can be injected. */
    public DeskPage(Browser browser, int width, int height) {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("fr-FR")
                .setBypassCSP(true));
        page = context.newPage();
        page.setDefaultTimeout(20_000);
    }

    public DeskPage signIn(String base, String username, String password) {
        page.navigate(base + "/admin/");
        assertThat(page).hasURL(Pattern.compile(".*/admin/login$"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/admin/(#.*)?$"));
        assertThat(page.locator("#live")).hasAttribute("data-state", "on");
        return this;
    }

    public Locator rows() {
        return page.locator("#conversations li");
    }

    public Locator row(String ticketId) {
        return page.locator("#conversations li[data-ticket=\"" + ticketId + "\"]");
    }

    /** Waits for a conversation to appear in the list, without reloading; returns its ticket id. */
    public String awaitConversation(String containing) {
        Locator row = rows().filter(new Locator.FilterOptions().setHasText(containing)).first();
        assertThat(row).isVisible();
        return row.getAttribute("data-ticket");
    }

    public DeskPage open(String ticketId) {
        row(ticketId).locator("button").click();
        assertThat(page.locator("#conversation-meta")).containsText(ticketId);
        return this;
    }

    public DeskPage insertCanned(String title) {
        page.locator("#canned").selectOption(new SelectOption().setLabel(title));
        page.locator("#insert-canned").click();
        return this;
    }

    /** Types at the end of what the reply box holds, as a person would after inserting an answer. */
    public DeskPage type(String text) {
        Locator box = page.locator("#reply");
        box.press("End");
        box.pressSequentially(text);
        return this;
    }

    public DeskPage send() {
        page.locator("#send").click();
        assertThat(page.locator("#status")).containsText("Réponse envoyée");
        assertThat(page.locator("#reply")).hasValue("");
        return this;
    }

    public Locator transcript() {
        return page.locator("#transcript");
    }

    public Locator ownership() {
        return page.locator("#ownership");
    }

    /** Serious and critical axe-core violations, as "rule: target" lines. */
    @SuppressWarnings("unchecked")
    public List<String> axe() {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(resource("/axe/axe.min.js")));
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, { resultTypes: ['violations'] });
                  return result.violations
                      .filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => ({ id: v.id, targets: v.nodes.map(n => JSON.stringify(n.target)).join(' ') }));
                }""");
        return violations.stream().map(v -> v.get("id") + ": " + v.get("targets")).toList();
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    private static String resource(String name) {
        try (InputStream in = DeskPage.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
