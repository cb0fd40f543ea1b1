package app.relais.webchat.files;

import app.relais.webchat.WebChat;
import app.relais.webchat.WebChatProperties;
import app.relais.webchat.session.SessionTokens;
import app.relais.webchat.socket.AllowedOrigins;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Download links, and CORS so a chat embedded on an allowed site can upload. */
@Configuration(proxyBeanMethods = false)
class FilesConfiguration {

    @Bean
    DownloadLinks downloadLinks(SessionTokens tokens) {
        return new DownloadLinks(tokens);
    }

    @Bean
    WebMvcConfigurer uploadCors(WebChatProperties properties) {
        return new WebMvcConfigurer() {
            @Override
            public void addCorsMappings(CorsRegistry registry) {
                registry.addMapping("/api/uploads")
                        .allowedOriginPatterns(AllowedOrigins.patterns(properties.allowedOrigins()))
                        .allowedMethods("POST")
                        .allowedHeaders(WebChat.SESSION_HEADER, "Accept-Language", "Content-Type");
            }
        };
    }
}
