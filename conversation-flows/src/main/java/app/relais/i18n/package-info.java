/** The bot's sentences, from the message bundles {@code i18n/messages_fr} and {@code i18n/messages_en}. */
package app.relais.i18n;
