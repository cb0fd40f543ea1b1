package app.relais.bot.accounts;

import app.relais.bot.audit.Acting;
import app.relais.bot.audit.Actor;
import java.io.Serializable;

/** An automation authenticated by one of the named bearer tokens. */
public record TokenUser(long tokenId, String name) implements Acting, Serializable {

    @Override
    public Actor actor() {
        return Actor.token(name);
    }
}
