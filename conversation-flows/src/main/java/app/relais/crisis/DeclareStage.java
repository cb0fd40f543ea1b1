package app.relais.crisis;

import app.relais.conversation.Choice;
import app.relais.conversation.Inbound;
import app.relais.conversation.Link;
import app.relais.conversation.Reply;
import app.relais.engine.Stage;
import app.relais.engine.Turn;
import app.relais.i18n.Messages;
import app.relais.outage.BusinessTexts;
import app.relais.outage.Incident;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * DECLARE: once the outage is confirmed, declare it in Relais, so that customers see it: the
 * banner in the chat and on the status page, a welcome in the business's name. The link opens the
 * admin page's form filled in (an agent signs in there; the kit itself declares nothing), and the
 * kit shows what customers will see. An incident already open is said so, with its time.
 */
final class DeclareStage implements Stage {

    static final String DECLARED = "crisis:declared";

    private final CrisisServices services;

    DeclareStage(CrisisServices services) {
        this.services = services;
    }

    @Override
    public void enter(Turn turn) {
        Optional<Incident> open = services.board().openOn(services.channel());
        if (open.isPresent()) {
            turn.say(turn.t("crisis.declare.already", label(turn), services.clock(open.get().openedAt()),
                    services.zoneLabel(turn.texts().locale())) + "\n\n" + preview(turn, open.get().message().in(turn.texts().locale())));
        } else {
            StringBuilder text = new StringBuilder(turn.t("crisis.declare.offer", label(turn)));
            Optional<String> link = services.links().to(adminForm(), turn.key());
            if (link.isEmpty()) {
                text.append("\n").append(turn.t("crisis.declare.where"));
            }
            text.append("\n\n").append(preview(turn, turn.t("crisis.declare.message")));
            Reply offer = Reply.text(text.toString());
            turn.say(link.map(url -> offer.withLinks(List.of(new Link(turn.t("crisis.declare.link"), url)))).orElse(offer));
        }
        prompt(turn);
    }

    @Override
    public void prompt(Turn turn) {
        List<Choice> choices = new ArrayList<>();
        if (services.board().openOn(services.channel()).isPresent()) {
            choices.add(CrisisKitFlow.next(turn, "crisis.choice.to-services"));
        } else {
            choices.add(new Choice(DECLARED, turn.t("crisis.choice.declared")));
            choices.add(CrisisKitFlow.next(turn, "crisis.choice.without-declaring"));
        }
        choices.add(CrisisKitFlow.back(turn));
        turn.say(Reply.choose(turn.t("crisis.declare.next"), choices));
    }

    @Override
    public void handle(Turn turn) {
        if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().equals(DECLARED)) {
            Optional<Incident> open = services.board().openOn(services.channel());
            if (open.isPresent()) {
                turn.say(turn.t("crisis.declare.seen", services.clock(open.get().openedAt())));
                turn.fire(CrisisEvent.NEXT.name());
            } else {
                turn.say(turn.t("crisis.declare.not-yet"));
                prompt(turn);
            }
        } else if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().equals(CrisisKitFlow.NEXT)) {
            turn.fire(CrisisEvent.NEXT.name());
        } else {
            turn.notUnderstood();
            prompt(turn);
        }
    }

    private String label(Turn turn) {
        return services.board().label(services.channel(), turn.texts().locale());
    }

    /** What customers will see: the banner's words and the chat's welcome, in the manager's language. */
    private String preview(Turn turn, String message) {
        Locale locale = turn.texts().locale();
        String banner = services.board().previewBanner(services.channel(), message, locale);
        return turn.t("crisis.declare.preview", banner, BusinessTexts.welcome(services.profile(), Messages.of(locale)));
    }

    /** The admin page's incident form, filled with the channel, "down" and the kit's wording in both languages. */
    private String adminForm() {
        return "/admin/incidents.html?declare=" + encode(services.channel()) + "&status=outage"
                + "&fr=" + encode(Messages.of("fr").get("crisis.declare.message"))
                + "&en=" + encode(Messages.of("en").get("crisis.declare.message")) + "#incident-form";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
