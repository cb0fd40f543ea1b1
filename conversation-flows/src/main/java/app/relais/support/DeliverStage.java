package app.relais.support;

import app.relais.catalog.DelayEstimate;
import app.relais.catalog.Problem;
import app.relais.catalog.SupportChannel;
import app.relais.conversation.Choice;
import app.relais.conversation.Inbound;
import app.relais.conversation.Link;
import app.relais.conversation.Reply;
import app.relais.drafting.DraftEmail;
import app.relais.drafting.EmlWriter;
import app.relais.drafting.Mailto;
import app.relais.engine.Stage;
import app.relais.engine.Turn;
import app.relais.followup.FollowUpChoices;
import app.relais.followup.FollowUpDraft;
import app.relais.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * DELIVER: the request in every form it may travel in: the text to copy (into the official form
 * as well as an email), the official channel again, a mailto: link and an .eml draft with the
 * evidence attached when an address exists, the delay to expect and what to do meanwhile; then
 * the question whether it was sent, which starts the follow-up.
 */
final class DeliverStage implements Stage {

    static final String SENT = "sent";
    static final String NEW_REQUEST = FollowUpChoices.NEW_REQUEST;

    private final SupportServices services;

    DeliverStage(SupportServices services) {
        this.services = services;
    }

    @Override
    public void enter(Turn turn) {
        turn.say(turn.t("deliver.intro"));
        offer(services, turn);
        prompt(turn);
    }

    /**
     * The request in every form again, files rebuilt (new links), for a person who lost them: a
     * page closed right after approving, a phone that changed hands.
     */
    @Override
    public void recap(Turn turn) {
        turn.say(turn.t("command.status.deliver"));
        offer(services, turn);
        prompt(turn);
    }

    /** The draft to copy, where to send it, the .eml and the archive (built afresh), the delay to expect. */
    static void offer(SupportServices services, Turn turn) {
        Problem problem = services.problem(turn);
        DraftEmail draft = services.drafts().build(problem, turn.data());
        turn.say(Reply.text(DraftText.render(draft)).withCopyable());
        turn.say(whereToSend(problem, draft, turn));
        emlDraft(services, problem, draft, turn).ifPresent(turn::say);
        // The evidence dossier (summary, hashes, files) as one archive to keep or forward.
        DossierView.offerArchive(services, turn);
        turn.say(delayAndMeanwhile(problem, draft, turn));
    }

    @Override
    public void prompt(Turn turn) {
        long days = Math.max(1, services.followUps().reminders().after().toDays());
        turn.say(Reply.choose(turn.t("deliver.ask", days), List.of(
                new Choice(SENT, turn.t("deliver.sent")),
                LanguageSwitch.choice(turn),
                Choices.back(turn),
                new Choice(NEW_REQUEST, turn.t("deliver.new")))));
    }

    @Override
    public void handle(Turn turn) {
        if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().equals(SENT)) {
            String subject = services.drafts().build(services.problem(turn), turn.data()).subject();
            turn.update(d -> d.withSentAt(turn.now()).withAnswer(FollowUpDraft.SENT_SUBJECT, subject)
                    .withAnswer(FollowUpDraft.SOLVED, null));
            turn.fire(SupportEvent.REQUEST_SENT.name());
        } else if (LanguageSwitch.handle(turn)) {
            enter(turn);
        } else {
            prompt(turn);
        }
    }

    /** The official channel first, then the address with its mailto: link, or the files to attach by hand. */
    private static Reply whereToSend(Problem problem, DraftEmail draft, Turn turn) {
        Locale locale = turn.texts().locale();
        List<Link> links = new ArrayList<>();
        StringBuilder where = new StringBuilder();
        problem.officialChannel().ifPresent(official -> {
            where.append(turn.t("deliver.official", official.label().in(locale)));
            if (official.path() != null) {
                where.append('\n').append(turn.t("advice.path", official.path().in(locale)));
            }
            if (official.url() != null) {
                links.add(new Link(official.label().in(locale), official.url()));
            }
        });
        List<SupportChannel> emails = problem.emailChannels();
        String notice = Messages.of(draft.language()).get("deliver.mailto.shortened");
        for (SupportChannel email : emails) {
            Mailto.Link mailto = Mailto.of(email.address(), draft.subject(), draft.body(), notice);
            links.add(new Link(turn.t("deliver.mailto", email.address()), mailto.url()));
            where.append("\n\n").append(AdviceStage.emailAdvice(email, turn));
            if (mailto.shortened()) {
                where.append('\n').append(turn.t("deliver.mailto.shortened.note"));
            }
        }
        if (emails.isEmpty() && !draft.attachments().isEmpty()) {
            where.append("\n\n").append(turn.t("deliver.attach", String.join(", ", draft.attachmentNames())));
        }
        return Reply.text(where.toString().strip()).withLinks(links);
    }

    /** The .eml draft, when the request goes to an address; files over the size cap are named. */
    private static Optional<Reply> emlDraft(SupportServices services, Problem problem, DraftEmail draft, Turn turn) {
        if (draft.to() == null) {
            return Optional.empty();
        }
        String name = turn.t("deliver.eml.name", problem.platform() + "-" + problem.id());
        EmlWriter.Eml eml = services.emails().write(turn.inbound().key(), draft, name);
        String text = turn.t("deliver.eml", eml.file().name());
        if (!eml.leftOut().isEmpty()) {
            text += "\n" + turn.t("deliver.eml.left-out", String.join(", ", eml.leftOut()));
        }
        return Optional.of(Reply.text(text).withFiles(List.of(eml.file())));
    }

    /** The delay of the channel the request goes to (the address's, else the official one's), and what to do meanwhile. */
    private static String delayAndMeanwhile(Problem problem, DraftEmail draft, Turn turn) {
        Optional<DelayEstimate> delay = problem.emailChannel().map(SupportChannel::delay)
                .or(() -> problem.officialChannel().map(SupportChannel::delay));
        String expected = delay.map(d -> turn.t("deliver.delay", AdviceStage.delay(d, turn.texts())))
                .orElseGet(() -> turn.t("deliver.delay.unknown"));
        return expected + "\n" + turn.t("deliver.meanwhile." + draft.tone().name().toLowerCase(Locale.ROOT));
    }
}
