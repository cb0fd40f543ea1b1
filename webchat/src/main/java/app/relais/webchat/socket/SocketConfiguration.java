package app.relais.webchat.socket;

import app.relais.conversation.ConversationEngine;
import app.relais.conversation.OutboundGateway;
import app.relais.files.FileStore;
import app.relais.store.ConversationStore;
import app.relais.webchat.ChatLanguage;
import app.relais.webchat.WebChatProperties;
import app.relais.webchat.files.DownloadLinks;
import app.relais.webchat.session.SessionTokens;
import app.relais.webchat.session.SlidingWindowLimiter;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;

/**
 * {@code /ws/chat}: the handshake is refused (403) for a page whose origin is neither this app's
 * nor in {@code RELAIS_ALLOWED_ORIGINS}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class SocketConfiguration {

    static final String PATH = "/ws/chat";

    @Bean
    LiveSockets liveSockets() {
        return new LiveSockets();
    }

    @Bean
    BotFrames botFrames(Clock clock, DownloadLinks links) {
        return new BotFrames(new FrameRenderer(), new FrameIds(clock), links);
    }

    @Bean
    OutboundGateway webChatGateway(LiveSockets sockets, BotFrames frames,
                                   ObjectProvider<UndeliveredReplies> undelivered) {
        return new WebChatGateway(sockets, frames, undelivered.getIfAvailable(() -> UndeliveredReplies.DROP));
    }

    @Bean
    ChatSocketHandler chatSocketHandler(ConversationEngine engine, ConversationStore conversations,
                                        FileStore files, SessionTokens tokens, ChatLanguage language,
                                        LiveSockets sockets, BotFrames frames, WebChatProperties properties,
                                        Clock clock) {
        WebChatProperties.Limits limits = properties.limits();
        return new ChatSocketHandler(engine, conversations, files, tokens,
                new SlidingWindowLimiter(limits.messagesPerSession(), limits.messageWindow(), clock),
                new SlidingWindowLimiter(limits.sessionsPerIpPerMinute(), Duration.ofMinutes(1), clock),
                language, sockets, frames);
    }

    @Bean
    WebSocketConfigurer chatEndpoint(ChatSocketHandler handler, WebChatProperties properties) {
        return registry -> registry.addHandler(handler, PATH)
                .setAllowedOriginPatterns(AllowedOrigins.patterns(properties.allowedOrigins()));
    }
}
