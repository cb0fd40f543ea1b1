package app.relais.bot.telegram;

import app.relais.conversation.ConversationEngine;
import app.relais.files.FileIntake;
import app.relais.files.FileStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import app.relais.bot.channel.JdbcInbox;
import app.relais.bot.store.GroupCommit;
import app.relais.core.RelaisCore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.StringUtils;

/**
 * Turns the Telegram channel on when {@code RELAIS_TELEGRAM_TOKEN} is set. Without a token nothing
 * touches the network, and one log line says how to turn the channel on. Updates go through the
 * database inbox when there is a database (always, in the application); the webhook controller
 * takes updates only in webhook mode. Decided in the bean method, not by bean conditions: the
 * application runs from an ahead-of-time processed context, whose conditions were evaluated at
 * build time (see {@link TelegramChannel}).
 */
@Configuration(proxyBeanMethods = false)
class TelegramConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TelegramConfiguration.class);

    @Bean(initMethod = "start", destroyMethod = "close")
    TelegramChannel telegramChannel(TelegramProperties properties, ConversationEngine engine,
                                    FileIntake fileIntake, FileStore fileStore, ObjectProvider<JdbcTemplate> jdbc,
                                    ObjectProvider<MeterRegistry> meters, ObjectProvider<Clock> clock,
                                    ObjectProvider<RelaisCore> core, ObjectProvider<GroupCommit> writes) {
        if (!StringUtils.hasText(properties.token())) {
            log.info("Telegram channel off: set RELAIS_TELEGRAM_TOKEN to a bot token from @BotFather to turn it on");
            return TelegramChannel.off();
        }
        if (properties.mode() == TelegramProperties.Mode.WEBHOOK) {
            // Before any bean starts: a missing secret or URL stops the start with the variable to set.
            properties.checkWebhook();
        }
        TelegramAdapter.Builder builder = TelegramAdapter.builder(properties, engine, fileIntake, fileStore);
        JdbcTemplate database = jdbc.getIfAvailable();
        if (database != null) {
            builder.inbox(new JdbcInbox(database, InboundMapper.CHANNEL, writes.getIfAvailable()));
        } else {
            log.warn("no database: Telegram updates are kept in memory and a restart may lose some");
        }
        core.ifAvailable(relais -> builder.outbox(relais.outbox()));
        meters.ifAvailable(builder::meterRegistry);
        clock.ifAvailable(builder::clock);
        TelegramAdapter adapter = builder.build();
        core.ifAvailable(relais -> {
            // Answers written later (an agent's, a reminder) go out through the channel's gateway.
            relais.registerGateway(adapter.gateway());
            adapter.showOutageNotices(relais.outage());
            if (properties.agentsChatId() != null) {
                adapter.attachAgents(properties.agentsChatId(), relais.handoff(), relais.faq());
            }
        });
        return TelegramChannel.on(adapter, properties.mode());
    }
}
