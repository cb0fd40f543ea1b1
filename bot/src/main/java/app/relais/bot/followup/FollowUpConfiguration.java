package app.relais.bot.followup;

import app.relais.conversation.OutboundGateway;
import app.relais.core.RelaisCore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Reminders wired into the application: store, channel gateways and the poller. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class FollowUpConfiguration {

    /** Every channel adapter's gateway, so reminders can reach its users. */
    @Bean
    ReminderPoller reminderPoller(RelaisCore core, ObjectProvider<OutboundGateway> gateways) {
        gateways.orderedStream().forEach(core::registerGateway);
        return new ReminderPoller(core.reminders());
    }
}
