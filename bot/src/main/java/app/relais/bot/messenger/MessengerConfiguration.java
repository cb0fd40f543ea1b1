package app.relais.bot.messenger;

import app.relais.bot.channel.JdbcInbox;
import app.relais.bot.detection.AutoIncidents;
import app.relais.bot.detection.OutageMonitor;
import app.relais.bot.detection.OutageMonitors;
import app.relais.bot.store.GroupCommit;
import app.relais.catalog.LocalizedText;
import app.relais.conversation.ConversationEngine;
import app.relais.core.RelaisCore;
import app.relais.files.FileIntake;
import app.relais.files.FileStore;
import app.relais.handoff.Ticket;
import app.relais.i18n.Messages;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Turns the Messenger channel on when {@code RELAIS_MESSENGER_PAGE_TOKEN} is set (the app secret
 * and the verify token are then required, and a missing one stops the start naming it); without
 * it nothing touches the network and one log line says how to turn it on. With the channel on,
 * Messenger's sends feed an {@link OutageMonitor} for the business channel {@code messenger}, and
 * the optional {@link MetaStatusProbe} reads Meta's status page. Decided in the bean method, not by
 * bean conditions (the application runs an ahead-of-time processed context).
 */
@Configuration(proxyBeanMethods = false)
class MessengerConfiguration {

    /** The business channel Messenger incidents are declared on ({@code outage/business.yml}). */
    static final String BUSINESS_CHANNEL = "messenger";
    private static final Logger log = LoggerFactory.getLogger(MessengerConfiguration.class);

    @Bean(initMethod = "start", destroyMethod = "close")
    MessengerChannel messengerChannel(MessengerProperties properties, ConversationEngine engine, FileIntake intake,
                                      FileStore files, ObjectProvider<JdbcTemplate> jdbc,
                                      ObjectProvider<MeterRegistry> meters, ObjectProvider<Clock> clock,
                                      ObjectProvider<RelaisCore> core, ObjectProvider<AutoIncidents> autos,
                                      ObjectProvider<OutageMonitors> monitors, ObjectProvider<GroupCommit> writes,
                                      Environment environment) {
        if (!properties.enabled()) {
            log.info("Messenger channel off: set RELAIS_MESSENGER_PAGE_TOKEN (with RELAIS_MESSENGER_APP_SECRET and"
                    + " RELAIS_MESSENGER_VERIFY_TOKEN) to turn it on; docs/operations.md says how");
            return MessengerChannel.off();
        }
        // Before any bean starts: a missing secret stops the start with the variable to set.
        properties.checkComplete();
        MessengerAdapter.Builder builder = MessengerAdapter.builder(properties, engine, intake, files);
        JdbcTemplate database = jdbc.getIfAvailable();
        if (database != null) {
            // An embedded H2 file is opened by one process only: what is pending at start is ours.
            boolean exclusive = environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
            // The inbox's marks join the turns' transactions: the group commit the conversation store uses.
            builder.inbox(new JdbcInbox(database, InboundMapper.CHANNEL, writes.getIfAvailable()), exclusive)
                    .contacts(new JdbcContacts(database));
        } else {
            log.warn("no database: Messenger events, windows and numbered lists are kept in memory; a restart may lose some");
        }
        meters.ifAvailable(builder::meterRegistry);
        clock.ifAvailable(builder::clock);
        RelaisCore relais = core.getIfAvailable();
        if (relais != null) {
            builder.outbox(relais.outbox());
            builder.team(relais.handoff()::notice, key -> relais.handoff().activeFor(key).map(Ticket::id));
            builder.languages(key -> relais.conversations().load(key)
                    .map(s -> Messages.supported(Locale.forLanguageTag(s.data().locale()))).orElse(Locale.FRENCH));
            AutoIncidents incidents = autos.getIfAvailable();
            OutageMonitors registry = monitors.getIfAvailable();
            if (incidents != null && registry != null) {
                OutageMonitor monitor = new OutageMonitor(BUSINESS_CHANNEL, new OutageMonitor.Settings(
                        properties.outageFailures(), properties.outageWindow(), properties.recoveryAfter()),
                        relais.outage(), incidents, text -> relais.handoff().notice(new LocalizedText(text, text)),
                        clock.getIfAvailable(Clock::systemUTC));
                registry.register(monitor);
                builder.outcomes(monitor);
                if (properties.statusUrl() != null) {
                    builder.statusProbe(properties.statusEvery(), new MetaStatusProbe(properties.statusUrl(),
                            properties.statusOrg(), HttpClient.newHttpClient(), new ObjectMapper(), monitor::platformReports)::check);
                }
            }
        }
        MessengerAdapter adapter = builder.build();
        if (relais != null) {
            // Answers written later (an agent's, a reminder) go out through the channel's gateway.
            relais.registerGateway(adapter.gateway());
        }
        return MessengerChannel.on(adapter);
    }
}
