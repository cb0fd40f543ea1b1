package app.relais.bot.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The desk speaks French and English in full: both bundles have the same keys, use ’ only, and
 * every sentence the pages and the server ask for exists; the French one says no code (TAKEN,
 * outage...) where a word belongs.
 */
class DeskBundlesTest {

    private static final Path MAIN = Path.of("src", "main");
    private static final Pattern SCRIPT_KEY = Pattern.compile("\\bt\\('([a-zA-Z0-9.-]+)'[,)]");
    private static final Pattern PAGE_KEY = Pattern.compile("data-t(?:-[a-z-]+)?=\"([a-zA-Z0-9.-]+)\"");
    private static final Pattern JAVA_KEY = Pattern.compile("\"(desk\\.[a-zA-Z0-9.-]+[a-zA-Z0-9-])\"");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DeskBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void frenchAndEnglishHaveTheSameKeysUseTheTypographicApostropheAndNoLiteralBrace() throws IOException {
        Properties fr = load("desk_fr.properties");
        Properties en = load("desk_en.properties");
        assertThat(fr.stringPropertyNames()).hasSizeGreaterThan(200).isEqualTo(en.stringPropertyNames());
        for (Properties bundle : new Properties[] {fr, en}) {
            assertThat(bundle.values()).allSatisfy(v -> {
                assertThat(v.toString()).doesNotContain("'");
                assertThat(v.toString().replaceAll("\\{\\d}", "")).doesNotContain("{", "}");
            });
        }
    }

    @Test
    void everySentenceThePagesAndTheServerAskForExists() throws IOException {
        Set<String> keys = load("desk_fr.properties").stringPropertyNames();
        Set<String> asked = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve("resources/static/admin"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                collect(file.toString().endsWith(".js") ? SCRIPT_KEY : PAGE_KEY, text, "desk.", asked);
            }
        }
        try (Stream<Path> files = Files.walk(MAIN.resolve("java/app/relais/bot"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                collect(JAVA_KEY, Files.readString(file), "", asked);
            }
        }
        assertThat(asked).hasSizeGreaterThan(150);
        assertThat(asked).allSatisfy(key -> assertThat(keys).as("used but missing").contains(key));
        for (String family : new String[] {"inbox.empty.waiting", "inbox.empty.mine", "inbox.empty.unassigned",
                "inbox.empty.all", "inbox.empty.closed", "status.open", "status.closed", "role.ADMIN", "role.AGENT",
                "incidents.status.outage", "incidents.status.degraded", "incidents.status.operational",
                "team.make.ADMIN", "team.make.AGENT", "team.done.role.ADMIN", "team.done.role.AGENT",
                "language.fr", "language.en", "channel.web", "channel.telegram", "audit.export.text", "audit.export.dossier"}) {
            assertThat(keys).contains("desk." + family);
        }
        for (String code : new String[] {"username", "username-taken", "display-name", "password-short", "password-long",
                "password-username", "password-current", "link", "role", "account", "self", "last-admin", "token-name",
                "canned-title", "canned-text", "text", "agent", "code", "unknown-ticket", "closed", "taken", "csrf"}) {
            assertThat(keys).as("every error code the API answers is said in words").contains("desk.error." + code);
        }
    }

    @Test
    void theFrenchDeskSaysNoCodeWhereAWordBelongs() throws IOException {
        Properties fr = load("desk_fr.properties");
        Pattern codes = Pattern.compile("\\b(TAKEN|OPEN|CLOSED|CUSTOMER|ADMIN|AGENT|outage|operational|degraded|token)\\b");
        assertThat(fr.values()).allSatisfy(v -> assertThat(codes.matcher(v.toString()).find()).as(v.toString()).isFalse());
    }

    private static void collect(Pattern pattern, String text, String prefix, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(prefix + m.group(1));
        }
    }
}
