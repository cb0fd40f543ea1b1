/**
 * Test fixtures other modules reuse (shipped in this module's test-jar): a real WebSocket client
 * speaking protocol v1, with a transcript-style DSL.
 */
package app.relais.webchat.testing;
