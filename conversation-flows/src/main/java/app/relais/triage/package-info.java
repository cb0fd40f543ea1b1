/**
 * From what a person types to a problem of the catalog, with a confidence and the next candidates:
 * {@link app.relais.triage.NaiveBayesTriage}, trained at start-up from the catalog's examples, with
 * Lucene doing the language work (see docs/triage.md).
 */
package app.relais.triage;
