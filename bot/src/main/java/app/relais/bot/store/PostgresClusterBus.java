package app.relais.bot.store;

import app.relais.cluster.ClusterBus;
import app.relais.cluster.LocalClusterBus;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bus between instances sharing one PostgreSQL: {@code NOTIFY relais, 'topic|signal'} and one
 * listening connection per instance, read by a daemon thread. A lost connection is re-opened;
 * signals sent meanwhile are lost, which the outbox design tolerates (clients drain on reconnect).
 */
public final class PostgresClusterBus implements ClusterBus, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostgresClusterBus.class);
    private static final String CHANNEL = "relais";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final LocalClusterBus local = new LocalClusterBus();
    private final Set<String> topics = ConcurrentHashMap.newKeySet();
    private final Thread listener;
    private volatile boolean running = true;

    public PostgresClusterBus(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.listener = new Thread(this::listen, "relais-cluster-bus");
        this.listener.setDaemon(true);
        this.listener.start();
    }

    @Override
    public void publish(String topic, String signal) {
        jdbc.query("select pg_notify(?, ?)", rs -> null, CHANNEL, topic + "|" + signal);
    }

    @Override
    public void subscribe(String topic, Consumer<String> consumer) {
        topics.add(topic);
        local.subscribe(topic, consumer);
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(500);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            dispatch(n.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("cluster bus connection lost ({}); reconnecting", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void dispatch(String payload) {
        int bar = payload.indexOf('|');
        if (bar > 0 && topics.contains(payload.substring(0, bar))) {
            local.deliver(payload.substring(0, bar), payload.substring(bar + 1));
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        listener.interrupt();
    }
}
