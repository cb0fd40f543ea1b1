package app.relais.bot.admin;

import app.relais.cluster.ClusterBus;
import app.relais.core.RelaisCore;
import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The admin token and its filter, the admin page's desk, the periodic checks. */
@Configuration(proxyBeanMethods = false)
class AdminConfiguration {

    @Bean
    AdminToken adminToken(AdminProperties properties) {
        return new AdminToken(properties);
    }

    @Bean
    FilterRegistrationBean<AdminTokenFilter> adminTokenFilter(AdminToken token) {
        FilterRegistrationBean<AdminTokenFilter> registration = new FilterRegistrationBean<>(new AdminTokenFilter(token));
        registration.addUrlPatterns("/api/admin/*");
        registration.setName("adminTokenFilter");
        return registration;
    }

    @Bean
    AdminDesk adminDesk(RelaisCore core, Clock clock) {
        AdminDesk desk = new AdminDesk(clock);
        core.handoff().addDesk(desk);
        return desk;
    }

    @Bean
    BusinessEdits businessEdits(ClusterBus bus, RelaisCore core) {
        return new BusinessEdits(bus, core);
    }

    @Bean
    OutageJobs outageJobs(RelaisCore core) {
        return new OutageJobs(core);
    }
}
