package app.relais.bot.telegram;

import app.relais.conversation.ConversationEngine;
import app.relais.conversation.OutboundGateway;
import app.relais.files.FileIntake;
import app.relais.files.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Turns the Telegram channel on when {@code RELAIS_TELEGRAM_TOKEN} is set. Without a token no
 * bean touching the network exists, and one log line says how to turn the channel on.
 */
@Configuration(proxyBeanMethods = false)
class TelegramConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TelegramConfiguration.class);
    static final String TOKEN = "relais.telegram.token";

    @Bean(initMethod = "start", destroyMethod = "close")
    @Conditional(TokenPresent.class)
    TelegramAdapter telegramAdapter(TelegramProperties properties, ConversationEngine engine,
                                    FileIntake fileIntake, FileStore fileStore) {
        if (properties.mode() == TelegramProperties.Mode.WEBHOOK) {
            throw new IllegalStateException("RELAIS_TELEGRAM_MODE=webhook is not available yet:"
                    + " remove it (or set it to polling) to receive Telegram updates by long polling");
        }
        return TelegramAdapter.builder(properties, engine, fileIntake, fileStore).build();
    }

    @Bean
    @Conditional(TokenPresent.class)
    OutboundGateway telegramGateway(TelegramAdapter adapter) {
        return adapter.gateway();
    }

    @Bean
    @Conditional(TokenAbsent.class)
    TelegramOff telegramOff() {
        log.info("Telegram channel off: set RELAIS_TELEGRAM_TOKEN to a bot token from @BotFather to turn it on");
        return new TelegramOff();
    }

    /** Marks, for health and tests, that the channel was left off on purpose. */
    static final class TelegramOff {
    }

    static final class TokenPresent implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty(TOKEN));
        }
    }

    static final class TokenAbsent implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty(TOKEN));
        }
    }
}
