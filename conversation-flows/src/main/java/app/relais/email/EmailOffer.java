package app.relais.email;

import app.relais.catalog.EvidenceType;
import app.relais.conversation.Choice;
import app.relais.conversation.Expects;
import app.relais.conversation.Inbound;
import app.relais.conversation.InputHint;
import app.relais.conversation.OutboundGateways;
import app.relais.conversation.Reply;
import app.relais.dossier.EvidenceValidators;
import app.relais.dossier.Validation;
import app.relais.dossier.ValidationContext;
import app.relais.engine.Turn;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a promised reminder reaches the person. Where their channel writes to them on its own
 * (Telegram), it does. Where it cannot (the web chat reaches only an open page), the stage says
 * so and offers a calendar file at a sensible hour, and, when emails can be sent, asks for an
 * address: that question is always skippable, and while it is pending the stage asks it again
 * instead of its own ({@link #asking}).
 */
public final class EmailOffer {

    public static final String DECLINE = "email:no";
    /** The morning hour reminders are set at, in the person's time zone. */
    public static final LocalTime MORNING = LocalTime.of(9, 0);
    static final String ASKING = "email.asking";
    private static final Set<String> DECLINING = Set.of("non", "non merci", "no", "no thanks", "nope", "pas d'email",
            "pas de mail", "no email", "skip", "passer", "plus tard", "later");

    private final EmailReminders reminders;
    private final OutboundGateways gateways;
    private final EvidenceValidators validators;
    private final ZoneId defaultZone;

    public EmailOffer(EmailReminders reminders, OutboundGateways gateways, EvidenceValidators validators,
                      ZoneId defaultZone) {
        this.reminders = reminders;
        this.gateways = gateways;
        this.validators = validators;
        this.defaultZone = defaultZone;
    }

    /** What the person answered to the address question. */
    public sealed interface Answer permits Address, Declined, Refused, Elsewhere {
    }

    /** A checked address. */
    public record Address(String address) implements Answer {
    }

    /** "No thanks". */
    public record Declined() implements Answer {
    }

    /** Not an address; the person was told why (unless it held a secret) and the question must be asked again. */
    public record Refused() implements Answer {
    }

    /** Something else (a button of the stage): the question is dropped and the stage handles the input. */
    public record Elsewhere() implements Answer {
    }

    /** Whether the person's channel reaches them later, away from the conversation. */
    public boolean channelReaches(Turn turn) {
        return gateways.reachesAway(turn.key());
    }

    /** Whether to ask for an address: emails can be sent, and the channel cannot reach the person later. */
    public boolean worthAsking(Turn turn) {
        return reminders.enabled() && !channelReaches(turn);
    }

    /** The person's time zone: what their channel knows, else Relais's ({@code RELAIS_ZONE}). */
    public ZoneId zone(Turn turn) {
        return gateways.zone(turn.key()).orElse(defaultZone);
    }

    /** 09:00 in the person's time zone, on the day {@code due} falls there. */
    public Instant morningOf(Instant due, Turn turn) {
        ZoneId zone = zone(turn);
        return due.atZone(zone).toLocalDate().atTime(MORNING).atZone(zone).toInstant();
    }

    public EmailReminders reminders() {
        return reminders;
    }

    /** Asks for the address with {@code question}, a button to decline; remembered until answered. */
    public void ask(Turn turn, String question) {
        turn.update(d -> d.withAnswer(ASKING, "1"));
        turn.say(new Reply(question, List.of(new Choice(DECLINE, turn.t("reminders.email.decline"))), List.of(),
                List.of(), Expects.TEXT).hinting(InputHint.EMAIL));
    }

    public boolean asking(Turn turn) {
        return turn.data().answer(ASKING) != null;
    }

    /** Reads the person's answer to a pending address question; the question is settled unless refused. */
    public Answer answer(Turn turn) {
        Inbound inbound = turn.inbound();
        if (inbound instanceof Inbound.Choice choice) {
            settle(turn);
            return choice.choiceId().equals(DECLINE) ? new Declined() : new Elsewhere();
        }
        if (!(inbound instanceof Inbound.Text text)) {
            settle(turn);
            return new Elsewhere();
        }
        String typed = text.text().strip();
        if (DECLINING.contains(typed.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[.!]+$", ""))) {
            settle(turn);
            return new Declined();
        }
        if (!typed.contains("@") && (typed.contains(" ") || typed.endsWith("?")) && !turn.hadSecret()) {
            // A question or a remark, not an address: say the address is optional rather than "no @".
            turn.say(turn.t("reminders.email.optional"));
            return new Refused();
        }
        Validation checked = validators.validate(EvidenceType.EMAIL, typed,
                new ValidationContext(List.of(), turn.texts().locale(), turn.now(), defaultZone));
        if (checked instanceof Validation.Valid valid) {
            settle(turn);
            return new Address(valid.value());
        }
        if (!turn.hadSecret() && checked instanceof Validation.Invalid invalid) {
            turn.say(turn.t(invalid.messageKey(), invalid.args().toArray()));
        }
        return new Refused();
    }

    private static void settle(Turn turn) {
        turn.update(d -> d.withAnswer(ASKING, null));
    }
}
