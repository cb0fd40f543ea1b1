package app.relais.bot.store;

import app.relais.conversation.ConversationKey;
import app.relais.core.RelaisCore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Purges what users left behind: conversations idle longer than the retention period, with their
 * dossier, files and reminders (through the same erasure path as /forget), then orphaned files.
 */
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    private static final int BATCH = 500;

    private final JdbcConversationStore conversations;
    private final JdbcFileStore files;
    private final RelaisCore core;
    private final Clock clock;
    private final Duration retention;

    public RetentionJob(JdbcConversationStore conversations, JdbcFileStore files, RelaisCore core, Clock clock,
                        Duration retention) {
        this.conversations = conversations;
        this.files = files;
        this.core = core;
        this.clock = clock;
        this.retention = retention;
    }

    /** Daily, at a quiet hour; also safe to run by hand: it only removes what is past the period. */
    @Scheduled(cron = "${relais.store.retention-cron:0 17 3 * * *}")
    public int purge() {
        Instant cutoff = clock.instant().minus(retention);
        int erased = 0;
        List<ConversationKey> idle;
        do {
            idle = conversations.idleSince(cutoff, BATCH);
            idle.forEach(core::erase);
            erased += idle.size();
        } while (idle.size() == BATCH);
        int orphanFiles = files.purge(cutoff);
        if (erased > 0 || orphanFiles > 0) {
            log.info("retention: erased {} idle conversations and {} files", erased, orphanFiles);
        }
        return erased;
    }
}
