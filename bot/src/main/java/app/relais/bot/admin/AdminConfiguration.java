package app.relais.bot.admin;

import app.relais.core.RelaisCore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The periodic checks of outage mode and hand-off. */
@Configuration(proxyBeanMethods = false)
class AdminConfiguration {

    @Bean
    OutageJobs outageJobs(RelaisCore core) {
        return new OutageJobs(core);
    }
}
