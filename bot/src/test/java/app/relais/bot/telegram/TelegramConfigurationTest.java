package app.relais.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.conversation.ConversationEngine;
import app.relais.conversation.Author;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.Dispatch;
import app.relais.conversation.OutboundGateway;
import app.relais.conversation.Reply;
import app.relais.files.FileIntake;
import app.relais.files.FileStore;
import app.relais.testing.TestRelais;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the application turns the channel on and off from its configuration. */
@ExtendWith(OutputCaptureExtension.class)
class TelegramConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(TelegramProperties.class)
    static class Engine {
        private final TestRelais relais = new TestRelais();

        @Bean
        ConversationEngine conversationEngine() {
            return relais.core().engine();
        }

        @Bean
        FileIntake fileIntake() {
            return relais.core().intake();
        }

        @Bean
        FileStore fileStore() {
            return relais.core().files();
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Engine.class, TelegramConfiguration.class);

    @Test
    void withoutATokenTheChannelStaysOffAndSaysHowToTurnItOn(CapturedOutput output) {
        runner.withPropertyValues("relais.telegram.token=").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(TelegramChannel.class).adapter()).isEmpty();
            assertThat(context).doesNotHaveBean(OutboundGateway.class);
        });
        assertThat(output.getOut().lines().filter(l -> l.contains("RELAIS_TELEGRAM_TOKEN")).count()).isEqualTo(1);
    }

    @Test
    void webhookModeWithoutASecretFailsFastNamingTheVariable() {
        runner.withPropertyValues("relais.telegram.token=" + FakeTelegramApi.TOKEN, "relais.telegram.mode=webhook",
                        "relais.telegram.webhook-url=https://relais.example.org/telegram/webhook")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("RELAIS_TELEGRAM_WEBHOOK_SECRET"));
    }

    @Test
    void webhookModeWithoutAnHttpsUrlFailsFastNamingTheVariable() {
        runner.withPropertyValues("relais.telegram.token=" + FakeTelegramApi.TOKEN, "relais.telegram.mode=webhook",
                        "relais.telegram.webhook-secret=s3cret_TOKEN-1",
                        "relais.telegram.webhook-url=http://relais.example.org/telegram/webhook")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("RELAIS_TELEGRAM_WEBHOOK_URL"));
    }

    @Test
    void aWebhookSecretOutsideTelegramsAlphabetIsRefusedAtStart() {
        runner.withPropertyValues("relais.telegram.token=" + FakeTelegramApi.TOKEN, "relais.telegram.mode=webhook",
                        "relais.telegram.webhook-secret=not secret!",
                        "relais.telegram.webhook-url=https://relais.example.org/telegram/webhook")
                .run(context -> assertThat(context).getFailure().hasStackTraceContaining("A-Z a-z 0-9 _ -"));
    }

    @Test
    void theAgentsGroupIsReadFromTheDesignsVariableName() {
        new ApplicationContextRunner()
                .withInitializer(new org.springframework.boot.test.context.ConfigDataApplicationContextInitializer())
                .withUserConfiguration(PropertiesOnly.class)
                .withPropertyValues("RELAIS_AGENTS_CHAT_ID=-1001234567890")
                .run(context -> assertThat(context.getBean(TelegramProperties.class).agentsChatId())
                        .isEqualTo(-1001234567890L));
        new ApplicationContextRunner()
                .withInitializer(new org.springframework.boot.test.context.ConfigDataApplicationContextInitializer())
                .withUserConfiguration(PropertiesOnly.class)
                .run(context -> assertThat(context.getBean(TelegramProperties.class).agentsChatId()).isNull());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(TelegramProperties.class)
    static class PropertiesOnly {
    }

    @Test
    void aMalformedTokenIsRefusedAtStart() {
        runner.withPropertyValues("relais.telegram.token=not a token")
                .run(context -> assertThat(context).getFailure().hasStackTraceContaining("@BotFather"));
    }

    @Test
    void withATokenAndAnApiUrlTheChannelPollsThatServerAndSendsProactiveMessages() throws Exception {
        try (FakeTelegramApi api = new FakeTelegramApi()) {
            runner.withPropertyValues("relais.telegram.token=" + FakeTelegramApi.TOKEN,
                    "relais.telegram.api-url=" + api.url()).run(context -> {
                assertThat(context.getBean(TelegramChannel.class).adapter()).isPresent();
                assertThat(api.calls("deleteWebhook")).hasSize(1);

                OutboundGateway gateway = context.getBean(TelegramChannel.class).adapter().orElseThrow().gateway();
                assertThat(gateway.channel()).isEqualTo("telegram");
                gateway.send(new Dispatch(new ConversationKey("telegram", "5518273641"), 3, Author.BOT, null, null,
                        List.of(Reply.text("Rappel : relancez le support.")), 0));
                FakeTelegramApi.Call sent = api.await(c -> c.method().equals("sendmessage"), Duration.ofSeconds(20));
                assertThat(sent.chatId()).isEqualTo("5518273641");
                assertThat(sent.text()).isEqualTo("Rappel : relancez le support.");
            });
        }
    }
}
