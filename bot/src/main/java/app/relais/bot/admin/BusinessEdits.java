package app.relais.bot.admin;

import app.relais.cluster.ClusterBus;
import app.relais.core.RelaisCore;

/**
 * Tells every instance that the business profile or the FAQ was saved, so that each reads it
 * again from the database (the instance that saved it already has it in force).
 */
final class BusinessEdits {

    static final String TOPIC = "business";
    private static final String PROFILE = "profile";
    private static final String FAQ = "faq";

    private final ClusterBus bus;

    BusinessEdits(ClusterBus bus, RelaisCore core) {
        this.bus = bus;
        bus.subscribe(TOPIC, signal -> {
            if (PROFILE.equals(signal)) {
                core.profiles().reload();
            } else if (FAQ.equals(signal)) {
                core.faqEditor().reload();
            }
        });
    }

    void profileSaved() {
        bus.publish(TOPIC, PROFILE);
    }

    void faqSaved() {
        bus.publish(TOPIC, FAQ);
    }
}
