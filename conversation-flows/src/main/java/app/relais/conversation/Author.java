package app.relais.conversation;

/** Who wrote a message of a conversation: the person, the bot, or a human agent of the team. */
public enum Author {
    PERSON, BOT, AGENT
}
