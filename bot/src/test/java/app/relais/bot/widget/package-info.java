/**
 * The embeddable widget in a real browser (Debian's Chromium driven by Playwright): a host page
 * on another origin embeds it with its script tag, and a user clicks and types through it.
 */
package app.relais.bot.widget;
