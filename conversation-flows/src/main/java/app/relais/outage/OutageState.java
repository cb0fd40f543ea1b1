package app.relais.outage;

/** The stages of the outage-fallback flow. */
public enum OutageState {
    NEWS, FAQ, REQUEST, SENT
}
