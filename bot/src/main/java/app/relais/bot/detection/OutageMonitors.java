package app.relais.bot.detection;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The monitors of the channels that are on (Messenger registers its own when it starts). */
public final class OutageMonitors {

    private static final Logger log = LoggerFactory.getLogger(OutageMonitors.class);

    private final List<OutageMonitor> monitors = new CopyOnWriteArrayList<>();

    public void register(OutageMonitor monitor) {
        monitors.add(monitor);
    }

    public List<OutageMonitor> all() {
        return List.copyOf(monitors);
    }

    public Optional<OutageMonitor> of(String channel) {
        return monitors.stream().filter(m -> m.channel().equals(channel)).findFirst();
    }

    /** Every monitor's periodic check; one failing never stops the others. */
    void tick() {
        for (OutageMonitor monitor : monitors) {
            try {
                monitor.tick();
            } catch (RuntimeException e) {
                log.warn("the {} outage check failed ({}); tried again at the next tick", monitor.channel(),
                        e.getClass().getName());
            }
        }
    }
}
