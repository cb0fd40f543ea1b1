/**
 * The {@code support-request} flow: from "something is wrong" to a ready-to-send request.
 * Stages: TRIAGE, ADVICE, EVIDENCE, ROLE_AND_FACTS, IMPACT, DESIRED_OUTCOME, REVIEW, DELIVER,
 * FOLLOW_UP (see {@code statechart.txt} beside {@link app.relais.support.SupportRequestMachine}).
 */
package app.relais.support;
