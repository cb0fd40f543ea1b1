/**
 * Conversations at rest: a compact snapshot (flow, state, data) per conversation, behind
 * {@link app.relais.store.ConversationStore}. A running state machine is never kept per idle
 * conversation; the engine rebuilds the machine's position from the snapshot for each event.
 */
package app.relais.store;
