package app.relais.bot.continuation;

import app.relais.engine.ErasureListener;
import app.relais.files.FileStore;
import app.relais.store.ConversationStore;
import app.relais.webchat.session.SessionTokens;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code /continue} on every channel (an engine hook) and its other end, the web chat's hello. */
@Configuration(proxyBeanMethods = false)
class ContinuationConfiguration {

    @Bean
    ContinuationLinks continuationLinks(JdbcTemplate jdbc, SessionTokens keys, Clock clock) {
        return new ContinuationLinks(jdbc, keys, clock);
    }

    @Bean
    ContinueHook continueHook(ContinuationLinks links, ContinuationProperties properties) {
        return new ContinueHook(links, properties.publicUrl());
    }

    /** /forget withdraws the conversation's links with everything else (the engine calls it). */
    @Bean
    ErasureListener continuationEraser(ContinuationLinks links) {
        return links::forget;
    }

    @Bean
    WebHandover webHandover(ContinuationLinks links, ConversationStore conversations, FileStore files, Clock clock) {
        return new WebHandover(links, new ConversationCopy(conversations, files, clock));
    }
}
