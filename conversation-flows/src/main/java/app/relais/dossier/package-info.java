/**
 * The evidence dossier: how each typed answer is checked and normalised per evidence type
 * ({@link app.relais.dossier.EvidenceValidators}: links of the platform with their id read, numeric
 * ids, dates in natural French and English, phones in E.164, emails, bounded texts, choices), what
 * was collected ({@link app.relais.dossier.EvidenceEntry}), the archive handed to the user
 * ({@link app.relais.dossier.DossierArchive}: summary.html, dossier.json, the files), and the
 * masking of passwords and login codes in everything users type
 * ({@link app.relais.dossier.SecretRedactor}, applied by the engine before any stage).
 */
package app.relais.dossier;
