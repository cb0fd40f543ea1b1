/** From what a person types to a problem of the catalog, with a confidence and the next candidates. */
package app.relais.triage;
