package app.relais.bot.widget;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium, headless. Playwright never downloads a browser here
 * ({@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD}); without Chromium the tests are skipped, saying why
 * ({@code .ci/run} installs it). {@code RELAIS_CHROMIUM} points to another binary.
 */
public final class WidgetBrowser implements AutoCloseable {

    private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync");

    private final Playwright playwright;
    public final Browser browser;

    private WidgetBrowser(Path executable) {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable).setHeadless(true).setArgs(ARGS));
    }

    public static final String MISSING = "SKIPPED: no Chromium at /usr/bin/chromium nor at RELAIS_CHROMIUM"
            + " (apt-get install -y chromium): the widget's browser tests did not run";

    /** For {@code @EnabledIf}: checked before the application starts, so a skip costs nothing. */
    public static boolean installed() {
        return Files.isExecutable(executable());
    }

    /** Launches Chromium, or skips the calling tests when there is none. */
    public static WidgetBrowser launchOrSkip() {
        Assumptions.assumeTrue(installed(), MISSING);
        return new WidgetBrowser(executable());
    }

    private static Path executable() {
        String configured = System.getenv("RELAIS_CHROMIUM");
        return Path.of(configured != null && !configured.isBlank() ? configured : "/usr/bin/chromium");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
