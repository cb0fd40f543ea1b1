package app.relais.bot.channel;

/**
 * Where a channel's sender reports how each send attempt went, per person: outage detection
 * counts them ({@code app.relais.bot.detection.OutageMonitor}).
 */
public interface SendOutcomes {

    SendOutcomes NONE = new SendOutcomes() {
        @Override
        public void succeeded(String person) {
        }

        @Override
        public void failedTransiently(String person) {
        }
    };

    void succeeded(String person);

    /** Failed in a way that says the platform is unwell (a 5xx, a timeout, a "try again later"), not a refusal. */
    void failedTransiently(String person);
}
