package app.relais.benchmarks;

import app.relais.catalog.Catalog;
import app.relais.catalog.Problem;
import app.relais.conversation.ConversationEngine;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.Inbound;
import app.relais.conversation.Replies;
import app.relais.core.RelaisCore;
import app.relais.files.FileIntake;
import app.relais.testing.CatalogJourney;
import app.relais.testing.Conversation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Realistic input for every benchmark: each catalog problem, in French and in English, walked from
 * {@code /start} to the delivered request exactly as {@code EveryProblemJourneyTest} walks it
 * ({@link CatalogJourney}: first example sentence, confirmation, advice, one valid answer per
 * evidence item, a screenshot where one is required, role, facts, impact, outcome, signature,
 * approval). The walk is recorded once against an in-memory engine; benchmarks replay the recorded
 * steps on fresh conversation keys, so the engine goes through the same states without the test's
 * assertions.
 */
public final class Journeys {

    /** What a user sends at one step, and how many replies the reference engine gave to it. */
    public record Step(Kind kind, String value, int replies) {

        /** The kind of step for reports: "choice approve", "text (answer)"... ({@code index} in its journey). */
        public String label(int index) {
            if (kind == Kind.TEXT) {
                return index == 1 ? "text (first sentence)" : "text (answer)";
            }
            if (kind == Kind.UPLOAD) {
                return "screenshot";
            }
            int colon = value.indexOf(':');
            return kind.name().toLowerCase() + " " + (colon < 0 ? value : value.substring(0, colon + 1) + "*");
        }
    }

    public enum Kind { COMMAND, TEXT, CHOICE, UPLOAD }

    /** One recorded journey: the problem, the user's language, and the steps from /start to delivery. */
    public record Journey(String problem, Locale locale, List<Step> steps) {
    }

    private Journeys() {
    }

    /** Every problem of the catalog in both languages, recorded against an engine built with {@code clock}. */
    public static List<Journey> record(Clock clock) {
        RelaisCore core = RelaisCore.builder().clock(clock).build();
        Catalog catalog = core.catalog();
        List<Journey> journeys = new ArrayList<>();
        int n = 0;
        for (Problem problem : catalog.problems()) {
            for (Locale locale : List.of(Locale.FRANCE, Locale.UK)) {
                ConversationKey key = new ConversationKey("bench", "record-" + n++);
                Recorder recorder = new Recorder(core.engine());
                recorder.deliver(new Inbound.Command(key, "start", null, locale), Kind.COMMAND, "start");
                CatalogJourney.walk(new Conversation(recorder, core.intake(), key, locale), problem, catalog, locale);
                journeys.add(new Journey(problem.fullId(), locale, List.copyOf(recorder.steps)));
            }
        }
        return List.copyOf(journeys);
    }

    /** The screenshot the journeys upload where a dossier requires one (the tests' fixture). */
    public static byte[] screenshot() {
        try (InputStream in = Journeys.class.getResourceAsStream("/fixtures/screenshot.png")) {
            if (in == null) {
                throw new IllegalStateException("no /fixtures/screenshot.png on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The event a step becomes for conversation {@code key}; an upload goes through the intake first. */
    public static Inbound inbound(Step step, ConversationKey key, Locale locale, FileIntake intake, byte[] screenshot) {
        switch (step.kind()) {
            case COMMAND:
                return new Inbound.Command(key, step.value(), null, locale);
            case TEXT:
                return new Inbound.Text(key, step.value(), locale);
            case CHOICE:
                return new Inbound.Choice(key, step.value(), locale);
            default:
                FileIntake.Outcome outcome = intake.accept(key, step.value(), screenshot);
                if (!(outcome instanceof FileIntake.Accepted accepted)) {
                    throw new IllegalStateException("the screenshot was refused: " + outcome);
                }
                return new Inbound.Attachment(key, List.of(accepted.file().id()), null, locale);
        }
    }

    /** Passes events to the engine and writes down what the user did and how many replies came back. */
    private static final class Recorder implements ConversationEngine {
        private final ConversationEngine engine;
        private final List<Step> steps = new ArrayList<>();

        Recorder(ConversationEngine engine) {
            this.engine = engine;
        }

        @Override
        public Replies handle(Inbound inbound) {
            if (inbound instanceof Inbound.Text text) {
                return deliver(inbound, Kind.TEXT, text.text());
            } else if (inbound instanceof Inbound.Choice choice) {
                return deliver(inbound, Kind.CHOICE, choice.choiceId());
            } else if (inbound instanceof Inbound.Attachment) {
                return deliver(inbound, Kind.UPLOAD, "capture.png");
            } else if (inbound instanceof Inbound.Command command) {
                return deliver(inbound, Kind.COMMAND, command.name());
            }
            throw new IllegalArgumentException("unexpected event " + inbound);
        }

        Replies deliver(Inbound inbound, Kind kind, String value) {
            Replies replies = engine.handle(inbound);
            steps.add(new Step(kind, value, replies.replies().size()));
            return replies;
        }
    }
}
