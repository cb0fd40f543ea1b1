/**
 * Files users send as evidence and files Relais produces (drafts, archives, reminders): their
 * intake (type checked by content, size limit, SHA-256, time received) and their storage.
 */
package app.relais.files;
