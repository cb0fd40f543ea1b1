/**
 * The demo page at {@code /} (static files in {@code static/}): its sentences, served from the
 * {@code i18n/webchat} bundle so the page has no text of its own, and its security headers.
 */
package app.relais.webchat.page;
