package app.relais.bot.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.bot.detection.InMemoryAutoIncidents;
import app.relais.bot.detection.OutageMonitors;
import app.relais.conversation.ConversationEngine;
import app.relais.core.RelaisCore;
import app.relais.files.FileIntake;
import app.relais.files.FileStore;
import app.relais.testing.TestRelais;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the application turns Messenger on and off from its environment, and what it says when a setting is missing. */
@ExtendWith(OutputCaptureExtension.class)
class MessengerConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MessengerProperties.class)
    static class Engine {
        private final TestRelais relais = new TestRelais();

        @Bean
        RelaisCore relaisCore() {
            return relais.core();
        }

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

        @Bean
        InMemoryAutoIncidents autoIncidents() {
            return new InMemoryAutoIncidents();
        }

        @Bean
        OutageMonitors outageMonitors() {
            return new OutageMonitors();
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Engine.class, MessengerConfiguration.class);

    @Test
    void withoutAPageTokenTheChannelStaysOffAndSaysHowToTurnItOn(CapturedOutput output) {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(MessengerChannel.class).adapter()).isEmpty();
            assertThat(context.getBean(OutageMonitors.class).all()).isEmpty();
            assertThat(context.getBean(RelaisCore.class).delivery()).isNotNull();
        });
        assertThat(output.getOut().lines().filter(l -> l.contains("RELAIS_MESSENGER_PAGE_TOKEN")).count()).isEqualTo(1);
    }

    @Test
    void aPageTokenWithoutTheAppSecretAndTheVerifyTokenStopsTheStartNamingBoth() {
        runner.withPropertyValues("relais.messenger.page-token=" + FakeGraphApi.PAGE_TOKEN)
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("RELAIS_MESSENGER_APP_SECRET")
                        .hasMessageContaining("RELAIS_MESSENGER_VERIFY_TOKEN")
                        .hasMessageContaining("/messenger/webhook"));
        runner.withPropertyValues("relais.messenger.page-token=" + FakeGraphApi.PAGE_TOKEN,
                        "relais.messenger.app-secret=" + FakeGraphApi.APP_SECRET)
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("RELAIS_MESSENGER_VERIFY_TOKEN")
                        .hasMessageNotContaining("RELAIS_MESSENGER_APP_SECRET"));
    }

    @Test
    void aMalformedApiVersionIsRefusedAtStart() {
        runner.withPropertyValues("relais.messenger.page-token=" + FakeGraphApi.PAGE_TOKEN,
                        "relais.messenger.app-secret=" + FakeGraphApi.APP_SECRET,
                        "relais.messenger.verify-token=" + FakeGraphApi.VERIFY_TOKEN,
                        "relais.messenger.api-version=24")
                .run(context -> assertThat(context).getFailure().hasStackTraceContaining("must look like v24.0"));
    }

    @Test
    void withEverythingSetTheChannelSendsThroughTheGraphApiAndItsSendsFeedTheMessengerMonitor() throws Exception {
        try (FakeGraphApi graph = new FakeGraphApi()) {
            runner.withPropertyValues("relais.messenger.page-token=" + FakeGraphApi.PAGE_TOKEN,
                    "relais.messenger.app-secret=" + FakeGraphApi.APP_SECRET,
                    "relais.messenger.verify-token=" + FakeGraphApi.VERIFY_TOKEN,
                    "relais.messenger.api-url=" + graph.url(),
                    "relais.messenger.outage-failures=3", "relais.messenger.outage-window=30s",
                    "relais.messenger.recovery-after=10s").run(context -> {
                assertThat(context.getBean(MessengerChannel.class).adapter()).isPresent();
                assertThat(context.getBean(OutageMonitors.class).of("messenger")).hasValueSatisfying(m ->
                        assertThat(m.settings()).isEqualTo(new app.relais.bot.detection.OutageMonitor.Settings(3,
                                java.time.Duration.ofSeconds(30), java.time.Duration.ofSeconds(10))));
                MessengerProperties properties = context.getBean(MessengerProperties.class);
                assertThat(properties.toString()).doesNotContain(FakeGraphApi.PAGE_TOKEN).doesNotContain(FakeGraphApi.APP_SECRET)
                        .doesNotContain(FakeGraphApi.VERIFY_TOKEN);
            });
        }
    }
}
