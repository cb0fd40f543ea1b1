/**
 * Files over HTTP: {@code POST /api/uploads} takes a session's evidence through
 * {@link app.relais.files.FileIntake} (type by content, size limit); {@code GET /api/files/{id}}
 * hands a file back to its own session only, through a link signed for that session.
 */
package app.relais.webchat.files;
