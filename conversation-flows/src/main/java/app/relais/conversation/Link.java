package app.relais.conversation;

/**
 * A link shown with a reply (an official help page, a {@code mailto:} draft). Channels that cannot
 * make a button of a scheme (Telegram refuses mailto: buttons) render it as text.
 */
public record Link(String label, String url) {
}
