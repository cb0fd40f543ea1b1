package app.relais.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Both languages say everything, and no sentence breaks MessageFormat. */
class MessageBundlesTest {

    @Test
    void frenchAndEnglishHaveTheSameKeys() {
        assertThat(Messages.of("en").keys()).containsExactlyInAnyOrderElementsOf(Messages.of("fr").keys());
    }

    @Test
    void eachBundleFileHasItsTwinWithTheSameKeys() throws IOException {
        for (String bundle : Messages.BUNDLES) {
            Properties fr = load(bundle + "_fr.properties");
            Properties en = load(bundle + "_en.properties");
            assertThat(fr == null).as(bundle + ": both languages or neither").isEqualTo(en == null);
            if (fr != null) {
                assertThat(en.stringPropertyNames()).as(bundle).containsExactlyInAnyOrderElementsOf(fr.stringPropertyNames());
            }
        }
    }

    @Test
    void numbersReadAsMessageFormatWouldWriteThemInEachLanguage() throws IOException {
        for (String language : new String[] {"fr", "en"}) {
            java.util.Locale locale = java.util.Locale.forLanguageTag(language);
            String pattern = load("i18n/messages_" + language + ".properties").getProperty("delay.days");
            assertThat(Messages.of(language).get("delay.days", 1234567, 2.5))
                    .isEqualTo(new java.text.MessageFormat(pattern, locale).format(new Object[] {1234567, 2.5}));
        }
        assertThat(Messages.of("fr").get("delay.days", 3, 5)).isEqualTo("3 à 5 jours");
    }

    @Test
    void noSentenceUsesTheAsciiApostropheThatMessageFormatWouldSwallow() throws IOException {
        for (String bundle : Messages.BUNDLES) {
            for (String language : new String[] {"fr", "en"}) {
                Properties texts = load(bundle + "_" + language + ".properties");
                if (texts == null) {
                    continue;
                }
                texts.forEach((key, value) -> assertThat((String) value).as(bundle + " " + key).doesNotContain("'"));
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
