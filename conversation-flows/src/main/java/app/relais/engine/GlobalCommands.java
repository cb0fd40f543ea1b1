package app.relais.engine;

import app.relais.conversation.Choice;
import app.relais.conversation.Inbound;
import app.relais.conversation.Reply;
import java.util.List;
import java.util.Locale;

/**
 * Commands that work at every step of every flow, on every channel: /start, /restart, /back,
 * /help, /lang, /dossier, /forget, /status. Buttons may carry them too, as choices
 * {@code cmd:<name>}.
 */
final class GlobalCommands {

    static final String FORGET_PENDING = "pending.forget";
    static final String FORGET_YES = "cmd:forget-yes";
    static final String FORGET_NO = "cmd:forget-no";

    private final FlowEngine engine;
    private final List<ErasureListener> erasers;

    GlobalCommands(FlowEngine engine, List<ErasureListener> erasers) {
        this.engine = engine;
        this.erasers = List.copyOf(erasers);
    }

    static boolean isCommand(Inbound inbound) {
        return parse(inbound) instanceof Inbound.Command;
    }

    /**
     * Typed "/back" and a "cmd:back" button both become a command; a button may carry an argument
     * after a space ("cmd:dossier edit:profile-url"); anything else is left as is.
     */
    static Inbound parse(Inbound inbound) {
        if (inbound instanceof Inbound.Text text && text.text().strip().startsWith("/")) {
            String body = text.text().strip().substring(1);
            int space = body.indexOf(' ');
            String name = space < 0 ? body : body.substring(0, space);
            int at = name.indexOf('@');
            if (at >= 0) {
                name = name.substring(0, at);
            }
            String argument = space < 0 ? "" : body.substring(space + 1).strip();
            if (name.matches("[A-Za-z_]{1,32}")) {
                return new Inbound.Command(text.key(), name.toLowerCase(Locale.ROOT), argument, text.locale());
            }
        }
        if (inbound instanceof Inbound.Choice choice && choice.choiceId().startsWith("cmd:")
                && !choice.choiceId().startsWith("cmd:forget-")) {
            String body = choice.choiceId().substring(4);
            int space = body.indexOf(' ');
            return new Inbound.Command(choice.key(), space < 0 ? body : body.substring(0, space),
                    space < 0 ? "" : body.substring(space + 1), choice.locale());
        }
        return inbound;
    }

    void run(Inbound.Command command, Turn turn) {
        turn.update(d -> d.withAnswer(FORGET_PENDING, null));
        switch (command.name()) {
            case "start" -> start(command.argument(), turn);
            case "restart" -> {
                turn.say(turn.t("command.restart.done"));
                engine.restart(turn, engine.flow(turn).id());
            }
            case "back" -> engine.current(turn).back(turn);
            case "help" -> help(turn);
            case "lang" -> language(command.argument(), turn);
            case "dossier" -> engine.flow(turn).dossier(command.argument(), turn);
            case "forget" -> askForget(turn);
            case "status" -> status(turn);
            default -> {
                turn.say(turn.t("command.unknown", command.name()));
                engine.current(turn).prompt(turn);
            }
        }
    }

    /** Handles the answer to a pending /forget confirmation; true when it did. */
    boolean intercept(Turn turn) {
        if (turn.data().answer(FORGET_PENDING) == null) {
            return false;
        }
        turn.update(d -> d.withAnswer(FORGET_PENDING, null));
        if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().equals(FORGET_YES)) {
            String language = turn.data().locale();
            erasers.forEach(e -> e.erase(turn.inbound().key()));
            turn.say(app.relais.i18n.Messages.of(language).get("command.forget.done"));
            turn.replace(null);
            return true;
        }
        turn.say(turn.t("command.forget.kept"));
        engine.current(turn).prompt(turn);
        return true;
    }

    private void start(String argument, Turn turn) {
        String preferred = argument.isBlank() ? engine.preferredFlow(turn) : null;
        String flow = argument.isBlank() ? (preferred != null ? preferred : engine.flow(turn).id())
                : argument.strip().toLowerCase(Locale.ROOT);
        String resolved = engine.resolve(flow);
        flow = resolved != null ? resolved : engine.flow(turn).id();
        turn.say(engine.greeting(flow, turn));
        engine.restart(turn, flow);
    }

    private void help(Turn turn) {
        turn.say(turn.t("command.help"));
        engine.current(turn).prompt(turn);
    }

    private void language(String argument, Turn turn) {
        String language = argument.strip().toLowerCase(Locale.ROOT);
        if (!language.equals("fr") && !language.equals("en")) {
            turn.say(turn.t("command.lang.usage"));
            return;
        }
        turn.update(d -> d.withLocale(language));
        turn.say(turn.t("command.lang.done"));
        engine.current(turn).prompt(turn);
    }

    private void askForget(Turn turn) {
        turn.update(d -> d.withAnswer(FORGET_PENDING, "1"));
        turn.say(Reply.choose(turn.t("command.forget.confirm"), List.of(
                new Choice(FORGET_YES, turn.t("command.forget.yes")),
                new Choice(FORGET_NO, turn.t("command.forget.no")))));
    }

    private void status(Turn turn) {
        turn.say(turn.t("command.status", engine.flow(turn).describe(turn.state(), turn)));
        engine.current(turn).recap(turn);
    }
}
