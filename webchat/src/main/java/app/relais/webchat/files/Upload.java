package app.relais.webchat.files;

/** The answer to an accepted upload; {@code upload} goes back in an {@code attachment} frame. */
record Upload(String upload, String name, long size, String mime) {
}
