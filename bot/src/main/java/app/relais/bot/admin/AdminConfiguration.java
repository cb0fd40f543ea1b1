package app.relais.bot.admin;

import app.relais.cluster.ClusterBus;
import app.relais.core.RelaisCore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The periodic checks of outage mode and hand-off, and the business edits told to every instance. */
@Configuration(proxyBeanMethods = false)
class AdminConfiguration {

    @Bean
    BusinessEdits businessEdits(ClusterBus bus, RelaisCore core) {
        return new BusinessEdits(bus, core);
    }

    @Bean
    OutageJobs outageJobs(RelaisCore core) {
        return new OutageJobs(core);
    }
}
