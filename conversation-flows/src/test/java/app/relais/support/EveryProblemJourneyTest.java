package app.relais.support;

import static app.relais.testing.ReplyMatchers.containing;
import static org.assertj.core.api.Assertions.assertThat;

import app.relais.catalog.Catalog;
import app.relais.catalog.CatalogLoader;
import app.relais.catalog.Problem;
import app.relais.conversation.Reply;
import app.relais.dossier.EvidenceEntry;
import app.relais.drafting.DraftBuilder;
import app.relais.drafting.DraftEmail;
import app.relais.drafting.Tone;
import app.relais.followup.FollowUpDraft;
import app.relais.i18n.Messages;
import app.relais.store.CaseData;
import app.relais.testing.CatalogJourney;
import app.relais.testing.Conversation;
import app.relais.testing.LetterGrammar;
import app.relais.testing.TestRelais;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every problem of the catalog, in French and in English, with every evidence item answered (and
 * a screenshot for each file item) or the required ones only, goes from its first sentence
 * through the honest advice (official channel first; each email said unofficial, or why there is
 * none) to a delivered request and its follow-up. Every letter it produces, in each tone, and the
 * same letter with every item left out, passes the rubric ({@link LetterRubric}) and LanguageTool
 * ({@link LetterGrammar}) with no finding; so do the follow-ups, with and without a case number
 * and what changed.
 */
class EveryProblemJourneyTest {

    private static final Catalog CATALOG = new CatalogLoader().load();
    private final TestRelais relais = new TestRelais();
    private final DraftBuilder drafts = new DraftBuilder(relais.core().files());
    private final FollowUpDraft followUps = new FollowUpDraft(drafts, ZoneId.of("Europe/Paris"));

    static Stream<Arguments> problems() {
        return CATALOG.problems().stream().flatMap(p -> Stream.of(Locale.FRANCE, Locale.UK).flatMap(locale ->
                Stream.of(CatalogJourney.Items.WITH_FILES, CatalogJourney.Items.REQUIRED_ONLY)
                        .map(items -> Arguments.of(p.fullId(), locale, items))));
    }

    @AfterAll
    static void timing() {
        // Reported in the test's output file: how long the grammar check costs the suite.
        System.out.println(LetterGrammar.get().timing());
    }

    @ParameterizedTest(name = "{0} ({1}, {2})")
    @MethodSource("problems")
    void theProblemWalksFromItsFirstSentenceToADeliveredRequestAndAFollowUpThatReadWell(String id, Locale locale,
                                                                                       CatalogJourney.Items items) {
        Problem problem = CATALOG.require(id);
        Conversation c = CatalogJourney.walk(relais.newConversation(locale), problem, CATALOG, locale, items);
        Messages texts = Messages.of(locale);
        CaseData data = relais.core().conversations().load(c.key()).orElseThrow().data();
        // Each distinct text once: LanguageTool is the slow part of this test.
        Map<String, String> letters = new LinkedHashMap<>();
        String delivered = c.transcript().stream().map(Reply::text)
                .filter(t -> t.contains(texts.get("draft.label.subject", ""))).reduce((a, b) -> b).orElseThrow();
        letters.put(delivered, "as delivered");
        for (Tone tone : Tone.values()) {
            DraftEmail draft = drafts.build(problem, data, texts, tone);
            LetterRubric.check(problem, data, draft);
            letters.putIfAbsent(DraftText.render(draft), tone.name());
            if (items == CatalogJourney.Items.REQUIRED_ONLY) {
                CaseData nothing = everyItemSkipped(problem, data);
                DraftEmail bare = drafts.build(problem, nothing, texts, tone);
                LetterRubric.check(problem, nothing, bare);
                letters.putIfAbsent(DraftText.render(bare), tone + ", every item left out");
            }
        }
        assertThat(letters.keySet()).as("the delivered draft is the one of the problem's tone")
                .contains(DraftText.render(drafts.build(problem, data)));
        letters.putAll(followUps(c, problem, texts.language(), items));
        letters.forEach((text, what) -> LetterGrammar.get().assertClean(text, texts.language(), id + " " + what));
    }

    /** "I sent it", then the follow-up prepared with a case number and what changed (or none), and its bare form. */
    private Map<String, String> followUps(Conversation c, Problem problem, String language, CatalogJourney.Items items) {
        boolean english = language.equals("en");
        c.tap(DeliverStage.SENT).tap(FollowUpStage.DRAFT_NOW).expectReply(containing(Messages.of(language).get("followup.ticket.ask")));
        if (items == CatalogJourney.Items.WITH_FILES) {
            c.send(english ? "My case number is 4471-0923." : "Mon numéro de dossier est le 4471-0923.")
                    .send(english ? "The hacker has now written to my customers as well." : "Le pirate écrit maintenant aussi à mes clients.");
        } else {
            c.tap(FollowUpStage.NONE).tap(FollowUpStage.NONE);
        }
        String shown = c.lastReplies().get(0).text();
        assertThat(shown).contains(Messages.of(language).get("followup.closing"));
        CaseData data = relais.core().conversations().load(c.key()).orElseThrow().data();
        CaseData bare = data.withAnswer(FollowUpDraft.TICKET, null).withAnswer(FollowUpDraft.CHANGES, null)
                .withAnswer(FollowUpDraft.UNCHANGED, null);
        FollowUpDraft.Email email = followUps.email(problem, bare);
        Map<String, String> letters = new LinkedHashMap<>();
        letters.put(shown, "follow-up");
        letters.putIfAbsent(email.subject() + "\n\n" + email.body(), "follow-up without answers");
        return letters;
    }

    private CaseData everyItemSkipped(Problem problem, CaseData data) {
        CaseData skipped = data;
        for (var item : problem.evidence()) {
            skipped = skipped.withEvidence(EvidenceEntry.skipped(item.id(), relais.clock().instant()));
        }
        return skipped;
    }
}
