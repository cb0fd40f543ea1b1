package app.relais.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.i18n.Messages;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The Telegram sentences exist in both languages, use ’ only, and reach the shared {@link Messages}. */
class TelegramBundlesTest {

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = TelegramBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void frenchAndEnglishHaveTheSameKeysAndNoAsciiApostrophe() throws Exception {
        Properties fr = load("telegram_fr.properties");
        Properties en = load("telegram_en.properties");
        assertThat(fr.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
        assertThat(fr.values()).allSatisfy(v -> assertThat(v.toString()).doesNotContain("'"));
        assertThat(en.values()).allSatisfy(v -> assertThat(v.toString()).doesNotContain("'"));
    }

    @Test
    void theSentencesAreServedInTheUsersLanguage() {
        assertThat(Messages.of(Locale.ENGLISH).get("telegram.file.too-large", "a.pdf", "12.0", 10))
                .isEqualTo("The file “a.pdf” is too large (12.0 MB): the limit is 10 MB per file. Send a lighter"
                        + " screenshot or a compressed PDF. Everything you already gave is kept.");
        assertThat(Messages.of(Locale.forLanguageTag("pt-BR")).get("telegram.error")).startsWith("Un problème technique");
    }
}
