package app.relais.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The channel says everything in both languages, and every sentence survives MessageFormat. */
class WebChatBundleTest {

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        Properties fr = load("i18n/webchat_fr.properties");
        Properties en = load("i18n/webchat_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(fr.stringPropertyNames());
        fr.forEach((key, value) -> assertThat((String) value).as((String) key).doesNotContain("'"));
        en.forEach((key, value) -> assertThat((String) value).as((String) key).doesNotContain("'"));
    }

    @Test
    void theMessagesClassServesTheChannelsSentences() {
        assertThat(Messages.of("fr").get("webchat.error.text-too-long", 4000)).contains("4").contains("caractères");
        assertThat(Messages.of("en").get("webchat.error.rate-limited")).contains("wait");
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = WebChatBundleTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
