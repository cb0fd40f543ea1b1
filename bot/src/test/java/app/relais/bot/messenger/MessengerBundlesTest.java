package app.relais.bot.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.i18n.Messages;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sentences of Messenger, outage detection and /continue exist in both languages, use ’ only, and reach {@link Messages}. */
class MessengerBundlesTest {

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = MessengerBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messenger", "detection", "continuation"})
    void frenchAndEnglishHaveTheSameKeysNoAsciiApostropheAndAreServed(String bundle) throws Exception {
        Properties fr = load(bundle + "_fr.properties");
        Properties en = load(bundle + "_en.properties");
        assertThat(fr.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
        assertThat(fr.values()).allSatisfy(v -> assertThat(v.toString()).doesNotContain("'"));
        assertThat(en.values()).allSatisfy(v -> assertThat(v.toString()).doesNotContain("'"));
        for (String key : fr.stringPropertyNames()) {
            assertThat(Messages.of(Locale.ENGLISH).get(key, "a", 1, "b")).isNotBlank();
            assertThat(Messages.of(Locale.FRENCH).get(key, "a", 1, "b")).isNotBlank();
        }
    }
}
