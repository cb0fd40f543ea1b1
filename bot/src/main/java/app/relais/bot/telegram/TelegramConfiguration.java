package app.relais.bot.telegram;

import app.relais.conversation.ConversationEngine;
import app.relais.conversation.OutboundGateway;
import app.relais.files.FileIntake;
import app.relais.files.FileStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import app.relais.core.RelaisCore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.StringUtils;

/**
 * Turns the Telegram channel on when {@code RELAIS_TELEGRAM_TOKEN} is set. Without a token no
 * bean touching the network exists, and one log line says how to turn the channel on. Updates go
 * through the database inbox when there is a database (always, in the application); the webhook
 * controller exists only in webhook mode.
 */
@Configuration(proxyBeanMethods = false)
class TelegramConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TelegramConfiguration.class);
    static final String TOKEN = "relais.telegram.token";
    static final String MODE = "relais.telegram.mode";

    @Bean(initMethod = "start", destroyMethod = "close")
    @Conditional(TokenPresent.class)
    TelegramAdapter telegramAdapter(TelegramProperties properties, ConversationEngine engine,
                                    FileIntake fileIntake, FileStore fileStore, ObjectProvider<JdbcTemplate> jdbc,
                                    ObjectProvider<MeterRegistry> meters, ObjectProvider<Clock> clock,
                                    ObjectProvider<RelaisCore> core) {
        if (properties.mode() == TelegramProperties.Mode.WEBHOOK) {
            // Before any bean starts: a missing secret or URL stops the start with the variable to set.
            properties.checkWebhook();
        }
        TelegramAdapter.Builder builder = TelegramAdapter.builder(properties, engine, fileIntake, fileStore);
        JdbcTemplate database = jdbc.getIfAvailable();
        if (database != null) {
            builder.inbox(new JdbcTelegramInbox(database));
        } else {
            log.warn("no database: Telegram updates are kept in memory and a restart may lose some");
        }
        meters.ifAvailable(builder::meterRegistry);
        clock.ifAvailable(builder::clock);
        TelegramAdapter adapter = builder.build();
        core.ifAvailable(relais -> {
            adapter.showOutageNotices(relais.outage());
            if (properties.agentsChatId() != null) {
                adapter.attachAgents(properties.agentsChatId(), relais.handoff(), relais.faq());
            }
        });
        return adapter;
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

    /** A token and {@code RELAIS_TELEGRAM_MODE=webhook}: updates come through {@link TelegramWebhookController}. */
    static final class WebhookMode implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty(TOKEN))
                    && "webhook".equalsIgnoreCase(context.getEnvironment().getProperty(MODE, "polling").strip());
        }
    }

    static final class TokenAbsent implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty(TOKEN));
        }
    }
}
