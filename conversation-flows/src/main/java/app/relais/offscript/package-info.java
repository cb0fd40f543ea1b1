/**
 * What people say instead of answering the question they were asked ("je sais pas", "is this a
 * scam?", "je veux parler à un conseiller", "merci"), recognised at every step of every flow and
 * answered where it is said, the pending question then asked again. The intents, their examples
 * and their replies are data ({@code offscript/intents.yml}, {@code i18n/offscript_*.properties});
 * the recognizer reads with the triage's text analysis. Stages tell what their question waits
 * for and may act on an intent themselves ({@link app.relais.offscript.Pending}).
 */
package app.relais.offscript;
