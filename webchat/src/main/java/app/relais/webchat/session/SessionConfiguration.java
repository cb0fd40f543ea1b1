package app.relais.webchat.session;

import app.relais.webchat.WebChatProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    SessionTokens sessionTokens(WebChatProperties properties) {
        return new SessionTokens(SessionSecret.resolve(properties.sessionSecret(), properties.dataDir()));
    }
}
