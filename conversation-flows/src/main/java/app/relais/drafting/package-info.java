/**
 * The support request itself: composed from the dossier and the answers in six parts (subject,
 * introduction, facts, impact, desired outcome, conclusion) plus the list of attachments, with a
 * tone that follows the problem's severity; rendered as text and as a mailto: link.
 */
package app.relais.drafting;
