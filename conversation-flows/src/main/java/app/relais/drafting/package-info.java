/**
 * The support request itself, composed from the dossier and the answers: subject (problem and key
 * identifier), introduction with the writer's role, dated facts in order, identifiers, impact,
 * desired outcome, conclusion and attachments, with a tone that follows the problem's severity,
 * in the language the user chose for it. Delivered as text, as a {@code mailto:} link
 * ({@link app.relais.drafting.Mailto}) and as an {@code .eml} draft with the evidence attached
 * ({@link app.relais.drafting.EmlWriter}). Sentences live in {@code i18n/drafting_*.properties}.
 */
package app.relais.drafting;
