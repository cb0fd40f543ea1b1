/**
 * The evidence dossier: the items a problem needs, how each typed answer is checked and
 * normalised, and what was collected so far.
 */
package app.relais.dossier;
