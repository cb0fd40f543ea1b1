package app.relais.support;

/** The stages of the support-request flow, in order. */
public enum SupportState {
    TRIAGE, ADVICE, EVIDENCE, ROLE_AND_FACTS, IMPACT, DESIRED_OUTCOME, SIGNATURE, REVIEW, DELIVER, FOLLOW_UP
}
