/**
 * Hand-off to human agents: tickets (open, taken, closed), the check that keeps the bot silent
 * while an agent owns a conversation ({@link app.relais.handoff.HandoffHook}), agent replies
 * committed to the conversation's outbox and sent on the customer's own channel, now or when they
 * come back ({@link app.relais.handoff.Delivery}), and the {@link app.relais.handoff.AgentDesk}
 * seam through which agents are told about tickets wherever they work (a Telegram group, the agent
 * desk).
 */
package app.relais.handoff;
