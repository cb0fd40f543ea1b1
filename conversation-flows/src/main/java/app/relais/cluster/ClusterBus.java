package app.relais.cluster;

import java.util.function.Consumer;

/** Publishes short signals to every instance, this one included. */
public interface ClusterBus {

    /** Signals at most a few hundred bytes; the listeners of every instance receive them. */
    void publish(String topic, String signal);

    void subscribe(String topic, Consumer<String> listener);
}
