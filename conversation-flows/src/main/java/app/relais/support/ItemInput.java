package app.relais.support;

import app.relais.catalog.EvidenceItem;
import app.relais.catalog.EvidenceOption;
import app.relais.catalog.EvidenceType;
import app.relais.catalog.Problem;
import app.relais.conversation.Choice;
import app.relais.conversation.Expects;
import app.relais.conversation.Inbound;
import app.relais.conversation.Link;
import app.relais.conversation.InputHint;
import app.relais.conversation.Reply;
import app.relais.dossier.EvidenceEntry;
import app.relais.dossier.Validation;
import app.relais.dossier.ValidationContext;
import app.relais.engine.Turn;
import app.relais.files.StoredFile;
import app.relais.handoff.HandoffHook;
import app.relais.offscript.Awaiting;
import app.relais.offscript.Intent;
import app.relais.offscript.IntentAction;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the answer to one evidence item: asks it, checks what comes back, says precisely what
 * is wrong, and walks the item's own small steps (a date is confirmed before it is kept; a phone
 * number without its country code asks for the country). Used by the EVIDENCE stage and by the
 * dossier editor; each keeps its pending step under its own {@code prefix} in the answers, so an
 * edit made in the middle of the stage does not disturb the question the stage had pending.
 */
final class ItemInput {

    /** The example link of an item's hint, e.g. "https://www.facebook.com/events/123456789". */
    private static final Pattern EXAMPLE_LINK = Pattern.compile("https://\\S+[\\w/]");
    /** Combining marks, compiled once (simple() runs on every answer). */
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    /** What became of the input: the item is settled (answered or skipped), or still open. */
    enum Result { SETTLED, OPEN, NOT_FOR_THIS_ITEM }

    static final String CONFIRM = "confirm";
    static final String REGION = "region";
    static final String YES = "date-yes";
    static final String FIX = "date-fix";
    static final String OPTION = "option:";
    static final String REGION_CHOICE = "region:";
    /** The country the user picked for a phone number, reused for the next one. */
    static final String CHOSEN_REGION = "dossier.region";
    private static final Set<String> AGREEMENT = Set.of("oui", "yes", "ok", "okay", "d'accord", "daccord", "exact",
            "exactement", "c'est ca", "c'est juste", "correct", "right", "yep", "o", "y", "si");

    private final SupportServices services;
    private final String sub;
    private final String pendingValue;
    private final String pendingDisplay;
    private final String pendingReference;

    ItemInput(SupportServices services, String prefix) {
        this.services = services;
        this.sub = prefix + "sub";
        this.pendingValue = prefix + "value";
        this.pendingDisplay = prefix + "display";
        this.pendingReference = prefix + "reference";
    }

    /** Forgets a half-done step (the user went back or cancelled). */
    void reset(Turn turn) {
        turn.update(d -> d.withAnswer(sub, null).withAnswer(pendingValue, null).withAnswer(pendingDisplay, null)
                .withAnswer(pendingReference, null));
    }

    boolean midway(Turn turn) {
        return turn.data().answer(sub) != null;
    }

    /** Asks the item (or its pending step) under {@code heading}, with {@code trailing} buttons last. */
    void ask(EvidenceItem item, String heading, Turn turn, List<Choice> trailing) {
        String step = turn.data().answer(sub);
        if (CONFIRM.equals(step)) {
            String texts = confirming(item);
            List<Choice> choices = new ArrayList<>(List.of(new Choice(YES, turn.t(texts + ".yes")),
                    new Choice(FIX, turn.t("evidence.datetime.fix"))));
            choices.addAll(trailing);
            // A link built from a username is opened before it is confirmed: one tap away.
            List<Link> open = item.type() == EvidenceType.URL
                    ? List.of(new Link(turn.t("evidence.url.built.open"), turn.data().answer(pendingValue))) : List.of();
            turn.say(new Reply(turn.t(texts + ".confirm", turn.data().answer(pendingDisplay)), choices, open, List.of(),
                    Expects.CHOICE));
            return;
        }
        if (REGION.equals(step)) {
            askRegion(turn, trailing);
            return;
        }
        var locale = turn.texts().locale();
        StringBuilder text = new StringBuilder(heading).append('\n').append(item.hint().in(locale));
        EvidenceEntry current = turn.data().evidence().get(item.id());
        List<Choice> choices = new ArrayList<>();
        if (item.type() == EvidenceType.FILE) {
            text.append('\n').append(turn.t("evidence.file.limit"));
            if (current != null && !current.fileIds().isEmpty()) {
                text.append('\n').append(turn.t("evidence.file.have", current.fileIds().size()));
                choices.add(new Choice(Choices.DONE, turn.t("evidence.done")));
            }
        } else if (current != null && current.value() != null) {
            text.append('\n').append(turn.t("evidence.current", current.shown()));
            choices.add(new Choice(Choices.DONE, turn.t("evidence.keep")));
        }
        if (item.type() == EvidenceType.CHOICE) {
            for (EvidenceOption option : item.options()) {
                choices.add(new Choice(OPTION + option.id(), option.label().in(locale)));
            }
        }
        if (!item.required()) {
            choices.add(new Choice(Choices.SKIP, turn.t("evidence.skip")));
        } else if (item.skippable()) {
            choices.add(new Choice(Choices.DONT_HAVE, turn.t("evidence.dont-have")));
        }
        if (turn.data().failures() >= services.failuresBeforeEscape()) {
            // Stuck on an item: say again that it may be left out, or, for the rare one that cannot, offer a person.
            text.append('\n').append(item.skippable() ? turn.t("evidence.escape")
                    : turn.t("evidence.escape.blocking", item.cannotSkip().in(locale)));
            if (!item.skippable()) {
                choices.add(HandoffHook.button(turn));
            } else if (!item.required()) {
                choices.add(new Choice(Choices.DONT_HAVE, turn.t("evidence.dont-have")));
            }
        }
        choices.addAll(trailing);
        Expects expects = item.type() == EvidenceType.FILE ? Expects.FILE
                : item.type() == EvidenceType.CHOICE ? Expects.CHOICE : Expects.TEXT;
        turn.say(new Reply(text.toString(), choices, List.of(), List.of(), expects).hinting(hint(item.type())));
    }

    /** What the channel may tell the person to type (the widget's placeholder). */
    private static InputHint hint(EvidenceType type) {
        return switch (type) {
            case URL -> InputHint.LINK;
            case ID -> InputHint.ID;
            case DATETIME -> InputHint.DATE;
            case PHONE -> InputHint.PHONE;
            case EMAIL -> InputHint.EMAIL;
            // No placeholder of its own: "Votre réponse…" suits a name typed alone or in a sentence.
            case TEXT, USERNAME -> InputHint.TEXT;
            case CHOICE, FILE -> InputHint.NONE;
        };
    }

    /**
     * Handles the user's input for {@code item}. When the result is OPEN, the item's question (or
     * a precise complaint followed by it) has been said through {@code reask}.
     */
    Result handle(EvidenceItem item, Turn turn, Runnable reask) {
        Inbound inbound = turn.inbound();
        if (inbound instanceof Inbound.Attachment files) {
            if (item.type() != EvidenceType.FILE) {
                return Result.NOT_FOR_THIS_ITEM;
            }
            receiveFiles(item, files, turn);
            return Result.OPEN;
        }
        if (inbound instanceof Inbound.Choice choice) {
            return chose(item, choice.choiceId(), turn, reask);
        }
        if (inbound instanceof Inbound.Text text) {
            return typed(item, text.text(), turn, reask);
        }
        reask.run();
        return Result.OPEN;
    }

    private Result chose(EvidenceItem item, String id, Turn turn, Runnable reask) {
        String step = turn.data().answer(sub);
        EvidenceEntry current = turn.data().evidence().get(item.id());
        if (CONFIRM.equals(step) && id.equals(YES)) {
            return keepPending(item, turn);
        }
        if (CONFIRM.equals(step) && id.equals(FIX)) {
            reset(turn);
            turn.say(turn.t(confirming(item) + ".again"));
            reask.run();
            return Result.OPEN;
        }
        if (REGION.equals(step) && id.startsWith(REGION_CHOICE)) {
            String region = id.substring(REGION_CHOICE.length());
            String number = turn.data().answer(pendingValue);
            reset(turn);
            turn.update(d -> d.withAnswer(CHOSEN_REGION, region));
            return checked(item, services.validators().validate(item.type(), number, context(item, turn, region)), turn, reask);
        }
        if (id.startsWith(OPTION) && item.type() == EvidenceType.CHOICE) {
            return checked(item, services.validators().validate(item.type(), id.substring(OPTION.length()),
                    context(item, turn, null)), turn, reask);
        }
        if (id.equals(Choices.SKIP) && !item.required() || id.equals(Choices.DONT_HAVE) && item.skippable()) {
            if (id.equals(Choices.SKIP) && current != null && current.answered()) {
                // "Passer" on an item already answered keeps the answer.
                reset(turn);
                return Result.SETTLED;
            }
            return skip(item, turn, reask);
        }
        if (id.equals(Choices.DONE) && current != null && current.answered()) {
            reset(turn);
            turn.update(d -> d.withFailures(0));
            return Result.SETTLED;
        }
        reask.run();
        return Result.OPEN;
    }

    /**
     * The person leaves the item out ("passer", "je l’ai pas", the button): it is recorded as
     * skipped, so the letter can say plainly what is missing, and they are told what that costs
     * and how to get it anyway. The rare item that cannot be left out says why and is asked again.
     */
    Result skip(EvidenceItem item, Turn turn, Runnable reask) {
        Locale locale = turn.texts().locale();
        if (!item.skippable()) {
            turn.say(turn.t("offscript.cannot-skip", item.cannotSkip().in(locale), item.ifMissing().in(locale)));
            reask.run();
            return Result.OPEN;
        }
        reset(turn);
        turn.update(d -> d.withEvidence(EvidenceEntry.skipped(item.id(), turn.now())));
        turn.say(turn.t("offscript.skipped", item.ifMissing().in(locale)));
        return Result.SETTLED;
    }

    /**
     * What the item's question waits for: a button while a step is midway, a story for a text item,
     * else a value (a username too: "c’est @jeanne.m75" is an answer, its handle taken out before reading).
     */
    static Awaiting awaiting(EvidenceItem item, ItemInput input, Turn turn) {
        if (input.midway(turn) || item.type() == EvidenceType.FILE) {
            return Awaiting.CHOICE;
        }
        return switch (item.type()) {
            case TEXT -> Awaiting.FREE_TEXT;
            case URL, ID, DATETIME, PHONE, EMAIL, USERNAME, CHOICE, FILE -> Awaiting.VALUE;
        };
    }

    /**
     * Acts on what was said instead of an answer: a skip leaves the item out, "oui" / "non" keep or
     * correct a date waiting for confirmation. Null when the intent means nothing for this item.
     */
    Result react(EvidenceItem item, Intent intent, Turn turn, Runnable reask) {
        boolean confirming = CONFIRM.equals(turn.data().answer(sub));
        if (confirming && intent.action() == IntentAction.YES) {
            return keepPending(item, turn);
        }
        if (confirming && intent.action() == IntentAction.NO) {
            reset(turn);
            turn.say(turn.t(confirming(item) + ".again"));
            reask.run();
            return Result.OPEN;
        }
        if (intent.action() == IntentAction.SKIP) {
            return skip(item, turn, reask);
        }
        return null;
    }

    private Result typed(EvidenceItem item, String text, Turn turn, Runnable reask) {
        String step = turn.data().answer(sub);
        if (CONFIRM.equals(step) && AGREEMENT.contains(simple(text).replaceAll("[.!]+$", ""))) {
            return keepPending(item, turn);
        }
        if (REGION.equals(step)) {
            String region = regionFrom(text);
            if (region != null) {
                String number = turn.data().answer(pendingValue);
                reset(turn);
                turn.update(d -> d.withAnswer(CHOSEN_REGION, region));
                return checked(item, services.validators().validate(item.type(), number, context(item, turn, region)), turn, reask);
            }
            if (!text.strip().startsWith("+")) {
                turn.say(turn.t("evidence.phone.country-unknown"));
                reask.run();
                return Result.OPEN;
            }
        }
        reset(turn);
        if (item.type() == EvidenceType.FILE) {
            turn.say(turn.t("evidence.file.expected"));
            reask.run();
            return Result.OPEN;
        }
        ValidationContext context = context(item, turn, null);
        Validation checked = services.validators().validate(item.type(), text, context);
        Optional<Validation> built = profileFromUsername(item, checked, text, context, turn);
        if (built.isPresent() && built.get() instanceof Validation.Valid valid) {
            // Built, not copied: the person opens it and says it is theirs before it goes in the letter.
            return confirm(valid, turn, reask);
        }
        return checked(item, built.orElse(checked), turn, reask);
    }

    /**
     * A profile's link asked, no link given but an {@code @handle} ("mon pseudo c’est @jeanne.m75"):
     * the link the platform gives that name, when the catalog knows how to build it; empty otherwise.
     */
    private Optional<Validation> profileFromUsername(EvidenceItem item, Validation checked, String text,
                                                   ValidationContext context, Turn turn) {
        if (item.type() != EvidenceType.URL || !item.linkKinds().contains("profile")
                || !(checked instanceof Validation.Invalid invalid) || !invalid.messageKey().equals("evidence.invalid.url")) {
            return Optional.empty();
        }
        var platform = services.catalog().platform(services.problem(turn).platform()).orElseThrow();
        return services.validators().profileFromUsername(text, platform::profileLinkOf, context);
    }

    /** Keeps {@code valid} aside and asks the person whether it is right (the item's question shows it). */
    private Result confirm(Validation.Valid valid, Turn turn, Runnable reask) {
        turn.update(d -> d.withAnswer(sub, CONFIRM).withAnswer(pendingValue, valid.value())
                .withAnswer(pendingDisplay, valid.display()).withAnswer(pendingReference, valid.reference()));
        reask.run();
        return Result.OPEN;
    }

    /** The texts of the confirmation: of a date read from loose words, or of a profile's link built from a username. */
    private static String confirming(EvidenceItem item) {
        return item.type() == EvidenceType.URL ? "evidence.url.built" : "evidence.datetime";
    }

    private Result checked(EvidenceItem item, Validation checked, Turn turn, Runnable reask) {
        // A link of another kind than asked (a profile for the event) is no answer to this item.
        Validation result = services.validators().ofKind(checked, item.linkKinds());
        if (result instanceof Validation.Valid valid) {
            if (item.type() == EvidenceType.DATETIME) {
                // Dates are read from loose words: the user sees how they were understood first.
                return confirm(valid, turn, reask);
            }
            turn.update(d -> d.withEvidence(EvidenceEntry.valid(item.id(), valid, turn.now())));
            turn.say(noted(valid, turn));
            return Result.SETTLED;
        }
        if (result instanceof Validation.NeedsRegion needs) {
            turn.update(d -> d.withAnswer(sub, REGION).withAnswer(pendingValue, needs.number()));
            reask.run();
            return Result.OPEN;
        }
        if (turn.hadSecret()) {
            // A password was masked in it: no answer was meant, so no complaint about its form.
            reask.run();
            return Result.OPEN;
        }
        Validation.Invalid invalid = (Validation.Invalid) result;
        turn.update(d -> d.withFailures(d.failures() + 1));
        turn.say(complaint(item, invalid, turn));
        reask.run();
        return Result.OPEN;
    }

    /**
     * What is wrong with the answer. A refused link's example is the one of the item's own hint
     * (an event link when an event link is asked), never a generic one of another kind.
     */
    private String complaint(EvidenceItem item, Validation.Invalid invalid, Turn turn) {
        Matcher example = EXAMPLE_LINK.matcher(item.hint().in(turn.texts().locale()));
        if (invalid.messageKey().equals("evidence.invalid.url")) {
            return example.find() ? turn.t("evidence.invalid.url.example", example.group()) : turn.t("evidence.invalid.url");
        }
        if (invalid.messageKey().equals("evidence.invalid.url-kind")) {
            String read = linkKind((String) invalid.args().get(0), turn);
            String asked = linkKind((String) invalid.args().get(1), turn);
            return example.find() ? turn.t("evidence.invalid.url-kind", read, asked, example.group())
                    : turn.t("evidence.invalid.url-kind.plain", read, asked);
        }
        return turn.t(invalid.messageKey(), invalid.args().toArray());
    }

    /** "un profil", "une chaîne" on YouTube: a platform may name a kind its own way. */
    private String linkKind(String kind, Turn turn) {
        String own = "evidence.link-kind." + services.problem(turn).platform() + "." + kind;
        return turn.texts().has(own) ? turn.t(own) : turn.t("evidence.link-kind." + kind);
    }

    private Result keepPending(EvidenceItem item, Turn turn) {
        var valid = new Validation.Valid(turn.data().answer(pendingValue), turn.data().answer(pendingDisplay),
                turn.data().answer(pendingReference));
        reset(turn);
        turn.update(d -> d.withEvidence(EvidenceEntry.valid(item.id(), valid, turn.now())));
        turn.say(noted(valid, turn));
        return Result.SETTLED;
    }

    private static String noted(Validation.Valid valid, Turn turn) {
        String text = turn.t("evidence.noted", valid.display());
        String reference = DossierView.reference(valid.reference(), turn);
        return reference == null ? text : text + "\n" + reference;
    }

    private void receiveFiles(EvidenceItem item, Inbound.Attachment files, Turn turn) {
        EvidenceEntry entry = turn.data().evidence().getOrDefault(item.id(), EvidenceEntry.empty(item.id(), turn.now()));
        turn.update(d -> d.withEvidence(entry.withFiles(files.fileIds(), turn.now())));
        List<String> names = files.fileIds().stream()
                .map(id -> services.files().find(id).map(StoredFile::name).orElse(id)).toList();
        turn.say(Reply.choose(turn.t("evidence.file.received", String.join(", ", names)), List.of(
                new Choice(Choices.DONE, turn.t("evidence.done")))).expecting(Expects.FILE));
    }

    private void askRegion(Turn turn, List<Choice> trailing) {
        Locale locale = turn.texts().locale();
        var needs = services.validators().validate(EvidenceType.PHONE, turn.data().answer(pendingValue),
                new ValidationContext(List.of(), locale, null, turn.now(), services.zone(), List.of()));
        List<Choice> choices = new ArrayList<>();
        if (needs instanceof Validation.NeedsRegion region) {
            region.likelyRegions().forEach(r -> choices.add(new Choice(REGION_CHOICE + r, services.validators().countryLabel(r, locale))));
        }
        choices.addAll(trailing);
        turn.say(new Reply(turn.t("evidence.phone.which-country", turn.data().answer(pendingValue)), choices,
                List.of(), List.of(), Expects.CHOICE));
    }

    /** A country the user typed: its ISO code ("BE"), its name in French or English, or "+32". */
    private String regionFrom(String text) {
        String typed = text.strip();
        if (typed.matches("\\+\\d{1,3}")) {
            String region = services.validators().regionOfCallingCode(Integer.parseInt(typed.substring(1)));
            return services.validators().knowsRegion(region) ? region : null;
        }
        if (typed.matches("[A-Za-z]{2}") && services.validators().knowsRegion(typed)) {
            return typed.toUpperCase(Locale.ROOT);
        }
        String name = simple(typed);
        for (String region : Locale.getISOCountries()) {
            Locale country = new Locale("", region);
            if (services.validators().knowsRegion(region) && (name.equals(simple(country.getDisplayCountry(Locale.FRENCH)))
                    || name.equals(simple(country.getDisplayCountry(Locale.ENGLISH))))) {
                return region;
            }
        }
        return null;
    }

    private ValidationContext context(EvidenceItem item, Turn turn, String chosenRegion) {
        Problem problem = services.problem(turn);
        var domains = services.catalog().platform(problem.platform()).orElseThrow().domains();
        String region = chosenRegion;
        if (region == null && turn.inbound().locale() != null && !turn.inbound().locale().getCountry().isEmpty()) {
            region = turn.inbound().locale().getCountry();
        }
        if (region == null) {
            region = turn.data().answer(CHOSEN_REGION);
        }
        return new ValidationContext(domains, turn.texts().locale(), region, turn.now(), services.zone(), item.options());
    }

    private static String simple(String text) {
        return MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace('’', '\''), Normalizer.Form.NFD))
                .replaceAll("").replaceAll("\\s+", " ").strip();
    }
}
