package app.relais.conversation;

/** A file the engine hands to the user (a draft .eml, a dossier archive, an .ics reminder). */
public record FileRef(String fileId, String name, String mime, long size) {
}
