package app.relais.bot.messenger;

/**
 * One thing a person did that Relais answers (a message, a button, a postback), as it came in the
 * webhook: {@code id} is its de-duplication key (the message's {@code mid}), {@code psid} the
 * person's page-scoped id, {@code timestamp} when they did it (Meta's milliseconds), {@code json}
 * the messaging item itself.
 */
record MessengerEvent(String id, String psid, long timestamp, String json) {
}
