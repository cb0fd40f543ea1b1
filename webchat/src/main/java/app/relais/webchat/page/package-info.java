/**
 * The embeddable widget ({@code static/widget.js}, plain JavaScript, no build) and the demo page at
 * {@code /} that embeds it: their sentences, served from the {@code i18n/webchat} bundle so the
 * script has no text of its own, the origin check it asks after a refused connection, and their
 * security and cross-origin headers.
 */
package app.relais.webchat.page;
