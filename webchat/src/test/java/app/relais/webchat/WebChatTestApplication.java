package app.relais.webchat;

import app.relais.conversation.ConversationEngine;
import app.relais.core.RelaisCore;
import app.relais.files.FileIntake;
import app.relais.files.FileStore;
import app.relais.store.ConversationStore;
import app.relais.testing.MutableClock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The web chat on a whole in-memory engine and a clock the tests move, as the bot module wires it. */
@SpringBootApplication
public class WebChatTestApplication {

    @Bean
    MutableClock clock() {
        return MutableClock.at("2026-11-21T20:00:00Z");
    }

    @Bean
    RelaisCore relaisCore(MutableClock clock) {
        return RelaisCore.builder().clock(clock).zone(ZoneId.of("Europe/Paris")).build();
    }

    @Bean
    ConversationEngine conversationEngine(RelaisCore core) {
        return core.engine();
    }

    @Bean
    FileIntake fileIntake(RelaisCore core) {
        return core.intake();
    }

    @Bean
    FileStore fileStore(RelaisCore core) {
        return core.files();
    }

    @Bean
    ConversationStore conversationStore(RelaisCore core) {
        return core.conversations();
    }
}
