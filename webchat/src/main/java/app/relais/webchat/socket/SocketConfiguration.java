package app.relais.webchat.socket;

import app.relais.conversation.ConversationEngine;
import app.relais.conversation.OutboundGateway;
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
import app.relais.webchat.WebChat;
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
     * Outbox delivery and the live banner. The application gives the durable, signalling outbox
     * and the cluster bus; alone (module tests) the engine's own outbox and an in-process bus do.
     */
    @Bean
    CustomerLine customerLine(LiveSockets sockets, BotFrames frames, RelaisCore core,
                              ObjectProvider<ClusterBus> bus, Clock clock) {
        CustomerLine line = new CustomerLine(sockets, frames, core.delivery().outbox(), core.outage(),
                bus.getIfAvailable(LocalClusterBus::new), clock);
        core.outage().addPublisher(line);
        return line;
    }

    @Bean
    WebChatGateway webChatGateway(LiveSockets sockets, BotFrames frames, CustomerLine line, RelaisCore core) {
        WebChatGateway gateway = new WebChatGateway(sockets, frames, line::keep);
        // Hand-off: an agent's answer goes out now when the customer's socket is here, else to the outbox.
        core.delivery().register(WebChat.CHANNEL, gateway::online);
        return gateway;
    }

    @Bean
    ChatSocketHandler chatSocketHandler(ConversationEngine engine, ConversationStore conversations,
                                        FileStore files, SessionTokens tokens, ChatLanguage language,
                                        LiveSockets sockets, BotFrames frames, WebChatProperties properties,
                                        Clock clock, CustomerLine line, ObjectProvider<Handover> handover) {
        WebChatProperties.Limits limits = properties.limits();
        ChatSocketHandler handler = new ChatSocketHandler(engine, conversations, files, tokens,
                new SlidingWindowLimiter(limits.messagesPerSession(), limits.messageWindow(), clock),
                new SlidingWindowLimiter(limits.sessionsPerIpPerMinute(), Duration.ofMinutes(1), clock),
                language, sockets, frames);
        handler.onOpen(line::opened);
        handover.ifAvailable(handler::handover);
        handler.onLanguageChange(line::languageChanged);
        return handler;
    }

    @Bean
    WebSocketConfigurer chatEndpoint(ChatSocketHandler handler, WebChatProperties properties) {
        return registry -> registry.addHandler(handler, PATH)
                .setAllowedOriginPatterns(AllowedOrigins.patterns(properties.allowedOrigins()));
    }
}
