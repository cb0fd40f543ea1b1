package app.relais.testing;

import static app.relais.testing.ReplyMatchers.containing;
import static app.relais.testing.ReplyMatchers.withLink;

import app.relais.catalog.Catalog;
import app.relais.catalog.EvidenceItem;
import app.relais.catalog.EvidenceType;
import app.relais.catalog.Problem;
import app.relais.catalog.SupportChannel;
import app.relais.conversation.Choice;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Walks one catalog problem through the whole support-request journey, as a user would: its first
 * example sentence, the confirmation (or the platform, or the right button), the advice, one valid
 * answer per evidence item, role, facts, impact, outcome, signature, review, and the delivered
 * request. Any channel's tests can reuse it with their own {@link Conversation} (the web chat's,
 * Telegram's).
 */
public final class CatalogJourney {

    /** The name and the reply number every walk signs with. */
    public static final String SIGNATURE = "Jeanne Martin, +33 6 98 76 54 32";

    private CatalogJourney() {
    }

    /**
     * How the walk answers the evidence: every item but the optional screenshots (the default, as
     * the benchmarks replay it), every item with a screenshot for each file item, or the required
     * items only (the optional ones skipped).
     */
    public enum Items { ALL, WITH_FILES, REQUIRED_ONLY }

    /** Walks {@code problem} to the delivered request; fails with the transcript when a step is missing. */
    public static Conversation walk(Conversation c, Problem problem, Catalog catalog, Locale locale) {
        return walk(c, problem, catalog, locale, Items.ALL);
    }

    /** Walks {@code problem} to the delivered request, answering the optional items or not. */
    public static Conversation walk(Conversation c, Problem problem, Catalog catalog, Locale locale, Items items) {
        walkToReview(c, problem, catalog, locale, items);
        c.tap("approve");
        problem.officialChannel().ifPresent(o -> c.expectReply(containing(o.label().in(locale))));
        for (SupportChannel email : problem.emailChannels()) {
            c.expectReply(withLink("mailto:" + email.address()));
        }
        return c;
    }

    /** Walks {@code problem} to the full draft under review. */
    public static Conversation walkToReview(Conversation c, Problem problem, Catalog catalog, Locale locale, Items items) {
        String language = "en".equals(locale.getLanguage()) ? "en" : "fr";
        List<String> examples = language.equals("en") ? problem.examples().en() : problem.examples().fr();
        c.send(examples.get(0));
        reachAdvice(c, problem);
        expectAdvice(c, problem, locale);
        c.tap("start-dossier");
        java.util.Set<String> linked = new java.util.HashSet<>();
        for (EvidenceItem item : problem.evidence()) {
            if (item.derivedFrom() != null && linked.contains(item.derivedFrom())) {
                // Read from the example link given earlier ("repris du lien"), so not asked.
                c.expectReply(containing(item.label().in(Locale.FRENCH)).or(containing(item.label().in(Locale.ENGLISH))));
                continue;
            }
            answer(c, item, catalog.platform(problem.platform()).orElseThrow().domains(), items);
            if (!item.linkKinds().isEmpty() && (item.required() || items != Items.REQUIRED_ONLY)) {
                linked.add(item.id());
            }
        }
        c.expectReply(ReplyMatchers.withChoice("role:owner")).tap("role:owner")
                .send(language.equals("en") ? "It started on 12 November around 9:30 pm, and nothing has been fixed since."
                        : "Tout a commencé le 12 novembre vers 21 h 30, et rien n’a changé depuis.")
                .send(language.equals("en") ? "I lose customers and money every day." : "Je perds des clients et de l’argent chaque jour.");
        if (problem.outcomes().isEmpty()) {
            c.send(language.equals("en") ? "Please fix it" : "Merci de corriger");
        } else {
            c.tap("outcome:0");
        }
        c.expectReply(ReplyMatchers.withChoice("signature-skip")).send(SIGNATURE);
        return c.expectReply(containing(problem.subject().in(locale)));
    }

    /** From the first sentence to the advice: confirms the problem, or picks its platform and its button. */
    public static void reachAdvice(Conversation c, Problem problem) {
        for (int round = 0; round < 5; round++) {
            List<String> ids = c.lastReplies().stream().flatMap(r -> r.choices().stream()).map(Choice::id).toList();
            boolean confirming = ids.contains("yes") && c.lastReplies().stream()
                    .anyMatch(r -> r.text().contains(problem.label().fr()) || r.text().contains(problem.label().en()));
            if (ids.contains("start-dossier")) {
                return;
            } else if (ids.contains("appeal:not-yet")) {
                // A problem whose official path can refuse asks first whether it was tried: not yet.
                c.tap("appeal:not-yet");
            } else if (ids.contains("route:platform")) {
                // Asked whether this is a question for the business or a problem with their own account.
                c.tap("route:platform");
            } else if (ids.contains("problem:" + problem.fullId())) {
                c.tap("problem:" + problem.fullId());
            } else if (confirming) {
                c.tap("yes");
            } else if (ids.contains("no")) {
                c.tap("no");
            } else if (ids.contains("platform:" + problem.platform())) {
                c.tap("platform:" + problem.platform());
            } else {
                throw new AssertionError("cannot reach " + problem.fullId() + " from:\n" + c.lastText());
            }
        }
        if (c.lastReplies().stream().flatMap(r -> r.choices().stream()).noneMatch(ch -> ch.id().equals("start-dossier"))) {
            throw new AssertionError("no advice for " + problem.fullId() + ":\n" + c.lastText());
        }
    }

    /** The official channel first; every email address said with its status, or why there is none. */
    private static void expectAdvice(Conversation c, Problem problem, Locale locale) {
        c.expectReply(containing(problem.channels().get(0).label().in(locale)));
        if (problem.emailChannels().isEmpty()) {
            c.expectReply(containing(problem.whyEmail().in(locale)));
        }
        for (SupportChannel email : problem.emailChannels()) {
            c.expectReply(containing(email.address()));
        }
    }

    private static void answer(Conversation c, EvidenceItem item, List<String> domains, Items items) {
        c.expectReply(containing(item.label().in(Locale.FRENCH)).or(containing(item.label().in(Locale.ENGLISH))));
        if (!item.required() && items == Items.REQUIRED_ONLY) {
            c.tap("skip");
            return;
        }
        if (item.type() == EvidenceType.FILE) {
            if (item.required() || items == Items.WITH_FILES) {
                c.upload("capture.png", screenshot()).tap("done");
            } else {
                c.tap("skip");
            }
            return;
        }
        c.send(item.linkKinds().isEmpty() ? sample(item.type(), domains, c.locale()) : exampleLink(item, c.locale()));
        if (item.type() == EvidenceType.DATETIME) {
            // A date is read back in words and kept once the user agrees.
            c.tap("date-yes");
        }
    }

    /** A link item that says what it points at gets the example of its hint: a link of that kind. */
    private static String exampleLink(EvidenceItem item, Locale locale) {
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("https://\\S+[\\w/]").matcher(item.hint().in(locale));
        if (!link.find()) {
            throw new AssertionError(item.id() + ": no example link in its hint");
        }
        return link.group();
    }

    static String sample(EvidenceType type, List<String> domains, Locale locale) {
        switch (type) {
            case URL:
                return "https://" + (domains.isEmpty() ? "example.org" : domains.get(0)) + "/page.test";
            case ID:
                return "123456789012";
            case DATETIME:
                return "12/11/2026 21:30";
            case PHONE:
                return "+33 6 12 34 56 78";
            case EMAIL:
                return "jeanne.martin@example.fr";
            default:
                return "en".equals(locale.getLanguage()) ? "Password and email address changed"
                        : "Mot de passe et adresse e-mail changés";
        }
    }

    private static byte[] screenshot() {
        try (InputStream in = CatalogJourney.class.getResourceAsStream("/fixtures/screenshot.png")) {
            if (in == null) {
                throw new IllegalStateException("no /fixtures/screenshot.png");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
