package app.relais.bot;

import app.relais.bot.followup.FollowUpProperties;
import app.relais.bot.metrics.MetricsConfiguration.EngineMetering;
import app.relais.bot.store.GroupCommit;
import app.relais.conversation.ConversationEngine;
import app.relais.core.RelaisCore;
import app.relais.email.EmailReminderStore;
import app.relais.email.EmailSender;
import app.relais.engine.ErasureListener;
import app.relais.engine.TurnHook;
import app.relais.files.FileIntake;
import app.relais.files.FileStore;
import app.relais.followup.ReminderStore;
import app.relais.handoff.HandoffSettings;
import app.relais.outbox.Outbox;
import app.relais.handoff.TicketStore;
import app.relais.outage.BusinessProfile;
import app.relais.outage.ActivityLog;
import app.relais.outage.BusinessProfiles;
import app.relais.outage.FaqStore;
import app.relais.outage.ProfileStore;
import app.relais.outage.IncidentStore;
import app.relais.store.ConversationStore;
import app.relais.triage.Triage;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine as Spring beans: built by {@link RelaisCore}, exactly as tests and benchmarks build it,
 * over the durable stores of {@code app.relais.bot.store}.
 */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    private static final Duration FILE_TYPES_DELAY = Duration.ofSeconds(5);

    /** Tests that move time declare their own clock as {@code @Primary}. */
    @Bean
    Clock systemClock() {
        return Clock.systemUTC();
    }

    /** The channels the status page reports on, and the profile of a first start ({@code outage/business.yml}). */
    @Bean
    BusinessProfile businessProfile() {
        return BusinessProfiles.load();
    }

    @Bean
    RelaisCore relaisCore(Clock clock, RelaisProperties properties, ConversationStore conversations, FileStore files,
                          ReminderStore reminders, FollowUpProperties followUp, BusinessProfile business,
                          IncidentStore incidents, TicketStore tickets, Outbox outbox, HandoffProperties handoff,
                          ProfileStore profiles, FaqStore faqs, ActivityLog activity,
                          EmailReminderStore emailReminders, EmailSender emailSender,
                          ObjectProvider<TurnHook> hooks, ObjectProvider<ErasureListener> erasers) {
        Groundwork.Parts parts = Groundwork.take();
        RelaisCore.Builder builder = RelaisCore.builder().catalog(parts.catalog()).triage(catalog -> parts.triage())
                .faq(parts.faq()).router((catalog, faq) -> parts.router());
        hooks.orderedStream().forEach(builder::hook);
        erasers.orderedStream().forEach(builder::onErase);
        return builder.clock(clock).zone(properties.zone()).conversations(conversations).files(files)
                .reminders(reminders).followUpAfter(followUp.after())
                .emailReminders(emailReminders).emailSender(emailSender)
                .business(business).profileStore(profiles).faqStore(faqs).activity(activity)
                .publicUrl(properties.publicUrl())
                .incidents(incidents).tickets(tickets).outbox(outbox)
                .handoff(new HandoffSettings(handoff.agentWait(), handoff.expectedReply(), handoff.fallbacks()))
                .build();
    }

    /**
     * The engine every channel uses. Each turn runs inside {@link GroupCommit#together}: the files it
     * writes (an approved request's .eml draft and archive) share the wait for its snapshot's commit.
     */
    @Bean
    ConversationEngine conversationEngine(RelaisCore core, GroupCommit writes, ObjectProvider<EngineMetering> metering) {
        ConversationEngine engine = core.engine();
        ConversationEngine turns = inbound -> writes.together(() -> engine.handle(inbound));
        EngineMetering meters = metering.getIfAvailable();
        return meters == null ? turns : meters.meter(core, turns);
    }

    @Bean
    FileIntake fileIntake(RelaisCore core) {
        return core.intake();
    }

    /**
     * Tika's MIME table, read in the background a few seconds after the application is ready:
     * about half a second of CPU that the start no longer waits for, kept out of the way of the
     * first requests too. An upload that comes earlier reads it itself (and waits for it).
     */
    @Bean
    ApplicationListener<ApplicationReadyEvent> fileTypesLoader() {
        // A thread of its own rather than the common pool, which has a single worker on 2 cores.
        Executor daemon = task -> {
            Thread loader = new Thread(task, "relais-file-types");
            loader.setDaemon(true);
            loader.start();
        };
        return event -> CompletableFuture.runAsync(FileIntake::loadFileTypes,
                CompletableFuture.delayedExecutor(FILE_TYPES_DELAY.toMillis(), TimeUnit.MILLISECONDS, daemon));
    }

    /** The triage the engine uses, trained once at start-up, shared with {@code GET /api/triage}. */
    @Bean
    Triage triage(RelaisCore core) {
        return core.triage();
    }
}
