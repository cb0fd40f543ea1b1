package app.relais.webchat.socket;

import app.relais.conversation.ConversationEngine;
import app.relais.files.FileStore;
import app.relais.store.ConversationStore;
import app.relais.webchat.ChatLanguage;
import app.relais.webchat.Handover;
import app.relais.webchat.WebChatProperties;
import app.relais.webchat.files.DownloadLinks;
import app.relais.webchat.session.SessionTokens;
import app.relais.webchat.session.SlidingWindowLimiter;
import java.time.Clock;
import java.time.Duration;
import app.relais.cluster.ClusterBus;
import app.relais.cluster.LocalClusterBus;
import app.relais.core.RelaisCore;
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

    /**
     * Everything sent to customers, from the conversations' outbox, and the live banner. The
     * application gives the cluster bus; alone (module tests) an in-process bus does.
     */
    @Bean
    CustomerLine customerLine(LiveSockets sockets, BotFrames frames, RelaisCore core, ObjectProvider<ClusterBus> bus) {
        CustomerLine line = new CustomerLine(sockets, frames, core.outbox(), core.outage(),
                bus.getIfAvailable(LocalClusterBus::new));
        core.outage().addPublisher(line);
        return line;
    }

    /** Messages written outside a turn (an agent's answer, a reminder) reach web customers through it. */
    @Bean
    WebChatGateway webChatGateway(CustomerLine line, RelaisCore core) {
        WebChatGateway gateway = new WebChatGateway(line);
        core.registerGateway(gateway);
        return gateway;
    }

    @Bean
    ChatSocketHandler chatSocketHandler(ConversationEngine engine, ConversationStore conversations,
                                        FileStore files, SessionTokens tokens, ChatLanguage language,
                                        LiveSockets sockets, WebChatProperties properties, Clock clock,
                                        CustomerLine line, ObjectProvider<Handover> handover) {
        WebChatProperties.Limits limits = properties.limits();
        ChatSocketHandler handler = new ChatSocketHandler(engine, conversations, files, tokens,
                new SlidingWindowLimiter(limits.messagesPerSession(), limits.messageWindow(), clock),
                new SlidingWindowLimiter(limits.sessionsPerIpPerMinute(), Duration.ofMinutes(1), clock),
                language, sockets, line);
        handover.ifAvailable(handler::handover);
        return handler;
    }

    @Bean
    WebSocketConfigurer chatEndpoint(ChatSocketHandler handler, WebChatProperties properties) {
        return registry -> registry.addHandler(handler, PATH)
                .setAllowedOriginPatterns(AllowedOrigins.patterns(properties.allowedOrigins()));
    }
}
