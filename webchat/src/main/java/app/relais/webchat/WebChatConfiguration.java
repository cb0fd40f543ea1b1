package app.relais.webchat;

import app.relais.store.ConversationStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The channel's shared pieces; each sub-package wires its own. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebChatProperties.class)
class WebChatConfiguration {

    @Bean
    ChatLanguage chatLanguage(ConversationStore conversations) {
        return new ChatLanguage(conversations);
    }
}
