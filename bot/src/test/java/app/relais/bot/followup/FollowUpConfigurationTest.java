package app.relais.bot.followup;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.conversation.ConversationKey;
import app.relais.conversation.OutboundGateway;
import app.relais.core.RelaisCore;
import app.relais.followup.InMemoryReminderStore;
import app.relais.followup.ReminderStore;
import app.relais.testing.InMemoryChannel;
import app.relais.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/** The application polls reminders every 30 seconds and hands them to the channels' gateways. */
class FollowUpConfigurationTest {

    /** The engine as the application builds it, on a test clock. */
    @Configuration(proxyBeanMethods = false)
    static class Engine {
        @Bean
        RelaisCore relaisCore(ReminderStore reminders) {
            return RelaisCore.builder().clock(MutableClock.at("2026-11-21T20:00:00Z")).reminders(reminders).build();
        }
    }

    @Test
    void theEngineGetsTheStoreAndThePollerRunsEveryThirtySeconds() {
        new ApplicationContextRunner()
                .withUserConfiguration(FollowUpConfiguration.class, Engine.class)
                .withBean(OutboundGateway.class, InMemoryChannel::new)
                .withBean(ReminderStore.class, InMemoryReminderStore::new)
                .run(app -> {
                    assertThat(app).hasNotFailed().hasSingleBean(ReminderPoller.class);
                    assertThat(app.getBean(ScheduledTaskHolder.class).getScheduledTasks())
                            .extracting(t -> t.getTask())
                            .filteredOn(FixedDelayTask.class::isInstance)
                            .map(FixedDelayTask.class::cast)
                            .anyMatch(t -> t.getIntervalDuration().equals(Duration.ofSeconds(30)));

                    RelaisCore core = app.getBean(RelaisCore.class);
                    ConversationKey withGateway = new ConversationKey(InMemoryChannel.NAME, "a");
                    ConversationKey withoutGateway = new ConversationKey("nowhere", "b");
                    core.reminders().schedule(withGateway, Instant.parse("2026-11-01T00:00:00Z"));
                    core.reminders().schedule(withoutGateway, Instant.parse("2026-11-01T00:00:00Z"));

                    app.getBean(ReminderPoller.class).poll();

                    // The memory channel's gateway took its reminder; the other waits for its channel.
                    assertThat(core.reminders().pending(withGateway)).isEmpty();
                    assertThat(core.reminders().pending(withoutGateway)).isPresent();
                });
    }
}
