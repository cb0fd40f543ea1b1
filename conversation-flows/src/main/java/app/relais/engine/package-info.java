/**
 * The engine: takes one inbound event, finds the conversation's snapshot, lets the current stage
 * of its flow handle the event, moves the flow's state machine when a stage asks to, persists the
 * snapshot and returns the replies. Flows are Spring Statemachine machines kept in a small pool of
 * running machines, reset to each conversation's state per event; nothing per idle conversation.
 */
package app.relais.engine;
