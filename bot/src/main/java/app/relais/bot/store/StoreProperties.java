package app.relais.bot.store;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param retentionDays  conversations, dossiers and files idle longer than this are purged ({@code RELAIS_RETENTION_DAYS})
 * @param cacheSize      hot conversation snapshots kept in memory in front of the database
 * @param cacheIdle      how long an untouched snapshot stays in memory
 * @param commitPace     under load, the least time between two commits of the database writer
 *                       ({@code RELAIS_STORE_COMMIT_PACE}; 0 commits as soon as the previous one is over)
 */
@Validated
@ConfigurationProperties("relais.store")
public record StoreProperties(@Min(1) @DefaultValue("30") int retentionDays,
                              @Min(100) @DefaultValue("50000") long cacheSize,
                              @DefaultValue("30m") Duration cacheIdle,
                              @DefaultValue("5ms") Duration commitPace) {
}
