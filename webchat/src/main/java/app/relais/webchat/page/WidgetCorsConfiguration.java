package app.relais.webchat.page;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The widget runs on other sites: its sentences and the origin check are public and readable from
 * any origin (no credentials). Uploads keep their own, stricter rule (allowed origins only).
 */
@Configuration(proxyBeanMethods = false)
class WidgetCorsConfiguration {

    @Bean
    WebMvcConfigurer widgetCors() {
        return new WebMvcConfigurer() {
            @Override
            public void addCorsMappings(CorsRegistry registry) {
                registry.addMapping("/api/chat/texts").allowedOrigins("*").allowedMethods("GET");
                registry.addMapping("/api/chat/origin").allowedOrigins("*").allowedMethods("GET");
            }
        };
    }
}
