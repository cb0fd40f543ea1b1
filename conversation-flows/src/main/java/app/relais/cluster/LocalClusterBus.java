package app.relais.cluster;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The bus of a single instance (the embedded-database default): signals stay in this process. */
public final class LocalClusterBus implements ClusterBus {

    private static final Logger log = LoggerFactory.getLogger(LocalClusterBus.class);

    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();

    @Override
    public void publish(String topic, String signal) {
        deliver(topic, signal);
    }

    @Override
    public void subscribe(String topic, Consumer<String> listener) {
        listeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /** Hands a signal to this instance's listeners; a failing listener does not stop the others. */
    public void deliver(String topic, String signal) {
        for (Consumer<String> listener : listeners.getOrDefault(topic, List.of())) {
            try {
                listener.accept(signal);
            } catch (RuntimeException e) {
                log.warn("a listener of {} failed: {}", topic, e.toString());
            }
        }
    }
}
