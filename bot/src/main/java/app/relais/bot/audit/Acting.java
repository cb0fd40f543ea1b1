package app.relais.bot.audit;

/** A signed-in principal (an account, a token) that the audit log can name. */
public interface Acting {

    Actor actor();
}
