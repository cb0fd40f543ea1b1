package app.relais.outage;

import app.relais.catalog.EvidenceType;
import app.relais.conversation.Choice;
import app.relais.conversation.Expects;
import app.relais.conversation.Inbound;
import app.relais.conversation.Reply;
import app.relais.dossier.Validation;
import app.relais.dossier.ValidationContext;
import app.relais.engine.Turn;
import app.relais.offscript.Awaiting;
import app.relais.offscript.Pending;
import app.relais.handoff.HandoffHook;
import app.relais.handoff.Ticket;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * REQUEST: the form that opens a ticket — name, how to reach you (an email address or a phone
 * number, checked), the question. A refused answer is asked again; nothing typed before is lost.
 */
final class RequestStage implements Pending {

    static final String NAME = "request.name";
    static final String CONTACT = "request.contact";
    static final String TICKET = "request.ticket";
    private static final int NAME_MAX = 100;
    private static final int QUESTION_MAX = 2000;
    private static final int EXCERPT = 80;
    private static final Pattern EMAIL_IN_TEXT =
            Pattern.compile("[^\\s@<>(),;:«»\"']+@[^\\s@<>(),;:«»\"']+\\.[A-Za-z]{2,24}");
    private static final Pattern PHONE_IN_TEXT = Pattern.compile("\\+?\\d[\\d .\\-]{7,20}\\d");

    private final OutageServices services;

    RequestStage(OutageServices services) {
        this.services = services;
    }

    @Override
    public void enter(Turn turn) {
        turn.update(d -> d.withStep(turn.data().answer(NAME) == null ? "name"
                : turn.data().answer(CONTACT) == null ? "contact" : "question"));
        turn.say(turn.t("outage.request.intro"));
        prompt(turn);
    }

    @Override
    public void prompt(Turn turn) {
        switch (turn.data().step()) {
            case "contact" -> turn.say(Reply.ask(turn.t("outage.request.contact", turn.data().answer(NAME)), Expects.TEXT));
            case "question" -> askQuestion(turn);
            default -> turn.say(Reply.ask(turn.t("outage.request.name"), Expects.TEXT));
        }
    }

    @Override
    public void handle(Turn turn) {
        String step = turn.data().step();
        if (turn.inbound() instanceof Inbound.Choice choice && step.equals("question")
                && choice.choiceId().equals(OutageChoices.SAME_QUESTION) && turn.data().answer(OutageChoices.QUESTION) != null) {
            send(turn.data().answer(OutageChoices.QUESTION), turn);
            return;
        }
        if (!(turn.inbound() instanceof Inbound.Text text) || turn.hadSecret() && !step.equals("question")) {
            // A masked password is neither a name nor a contact: the question is simply asked again.
            prompt(turn);
            return;
        }
        String value = text.text().strip();
        switch (step) {
            case "contact" -> contact(value, turn);
            case "question" -> question(value, turn);
            default -> name(value, turn);
        }
    }

    @Override
    public void back(Turn turn) {
        switch (turn.data().step()) {
            case "question" -> turn.update(d -> d.withStep("contact"));
            case "contact" -> turn.update(d -> d.withStep("name"));
            default -> {
                turn.fire(OutageEvent.BACK.name());
                return;
            }
        }
        prompt(turn);
    }

    private void name(String value, Turn turn) {
        if (value.isEmpty() || value.length() > NAME_MAX) {
            turn.say(turn.t("outage.request.name-invalid", NAME_MAX));
            prompt(turn);
            return;
        }
        turn.update(d -> d.withAnswer(NAME, value).withStep("contact"));
        prompt(turn);
    }

    private void contact(String said, Turn turn) {
        String value = within(said);
        EvidenceType type = value.contains("@") ? EvidenceType.EMAIL : EvidenceType.PHONE;
        Validation checked = services.validators().validate(type, value,
                new ValidationContext(List.of(), turn.texts().locale(), turn.now(), services.zone())
                        .withRegion(region(turn)));
        if (checked instanceof Validation.Valid valid) {
            turn.update(d -> d.withAnswer(CONTACT, valid.value()).withStep("question"));
            prompt(turn);
        } else {
            turn.say(turn.t("outage.request.contact-invalid"));
            prompt(turn);
        }
    }

    private void question(String value, Turn turn) {
        if (value.length() < 2 || value.length() > QUESTION_MAX) {
            turn.say(turn.t("outage.request.question-invalid", QUESTION_MAX));
            prompt(turn);
            return;
        }
        send(value, turn);
    }

    private void askQuestion(Turn turn) {
        String pending = turn.data().answer(OutageChoices.QUESTION);
        Reply ask = Reply.ask(turn.t("outage.request.question"), Expects.TEXT);
        if (pending != null) {
            String excerpt = pending.length() > EXCERPT ? pending.substring(0, EXCERPT) + "…" : pending;
            ask = ask.withChoices(List.of(new Choice(OutageChoices.SAME_QUESTION, turn.t("outage.request.same", excerpt))));
        }
        turn.say(ask);
    }

    private void send(String question, Turn turn) {
        Banner banner = services.board().banner();
        String summary = banner.cleared() ? turn.t("outage.request.summary.calm")
                : turn.t("outage.request.summary", banner.text().in(turn.texts().locale()));
        Ticket ticket = services.handoff().open(turn.key(), turn.data().locale(), turn.data().answer(NAME),
                turn.data().answer(CONTACT), question, summary);
        turn.update(d -> d.withAnswer(TICKET, ticket.id()).withAnswer(OutageChoices.QUESTION, null)
                .withAnswer(HandoffHook.ACTIVE_TICKET, ticket.id()));
        turn.fire(OutageEvent.REQUEST_OPENED.name());
    }

    /**
     * The address or number inside a sentence ("je sais pas, mon mail c jeanne@exemple.fr"): people
     * answer in words; the sentence itself when it holds neither.
     */
    static String within(String said) {
        Matcher email = EMAIL_IN_TEXT.matcher(said);
        if (email.find()) {
            return email.group().replaceAll("[.]+$", "");
        }
        Matcher phone = PHONE_IN_TEXT.matcher(said);
        return phone.find() ? phone.group().strip() : said;
    }

    /** The device's locale (fr-FR) says which country a national phone number belongs to; the chat language alone does not. */
    private static String region(Turn turn) {
        java.util.Locale device = turn.inbound().locale();
        return device == null || device.getCountry().isEmpty() ? null : device.getCountry();
    }

    @Override
    public Awaiting awaiting(Turn turn) {
        return turn.data().step().equals("contact") ? Awaiting.VALUE : Awaiting.FREE_TEXT;
    }
}
