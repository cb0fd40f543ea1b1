package app.relais.bot.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.core.RelaisCore;
import app.relais.email.EmailSender;
import app.relais.testing.MutableClock;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reminder emails are on or off from SPRING_MAIL_HOST at run time, and half a configuration stops the start. */
class MailConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MailSettings.class)
    static class Engine {
        @Bean
        Clock clock() {
            return MutableClock.at("2026-11-21T20:00:00Z");
        }

        @Bean
        RelaisCore relaisCore() {
            return RelaisCore.builder().build();
        }
    }

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withUserConfiguration(MailConfiguration.class, Engine.class);

    @Test
    void withoutAnSmtpHostNoEmailIsEverOffered() {
        app.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(EmailSender.class).enabled()).isFalse();
        });
    }

    @Test
    void withAnSmtpHostTheSenderAndThePublicAddressAreRequiredAndSaidSo() {
        app.withPropertyValues("spring.mail.host=smtp.example.org").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("RELAIS_MAIL_FROM")
                    .hasMessageContaining("RELAIS_PUBLIC_URL");
        });
        app.withPropertyValues("spring.mail.host=smtp.example.org", "relais.mail.from=relais@example.org",
                "relais.public-url=relais.example.org").run(context -> assertThat(context).hasFailed());
    }

    @Test
    void aWholeConfigurationSendsWithTheUnsubscribeLinkOnThePublicAddress() {
        app.withPropertyValues("spring.mail.host=smtp.example.org", "spring.mail.port=2525",
                "relais.mail.from=Relais <relais@example.org>", "relais.public-url=https://relais.example.org/").run(context -> {
            EmailSender sender = context.getBean(EmailSender.class);
            assertThat(sender.enabled()).isTrue();
            assertThat(sender.unsubscribeUrl("abc", "fr")).isEqualTo("https://relais.example.org/email/unsubscribe/abc?lang=fr");
        });
    }
}
