package app.relais.bot.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.bot.channel.Delays;
import app.relais.conversation.Author;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.Dispatch;
import app.relais.conversation.Inbound;
import app.relais.conversation.Replies;
import app.relais.conversation.Reply;
import app.relais.outbox.InMemoryOutbox;
import app.relais.store.ConversationSnapshot;
import app.relais.store.ConversationStore;
import app.relais.store.MessageTime;
import app.relais.store.TurnRecord;
import app.relais.testing.TestRelais;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How replies leave the conversation's outbox when Meta does not take them at once: kept and sent in order once it does,
 * refused ones reported to the team, Messenger's windows respected. Retry timers are fired by the
 * test, so no test waits for a back-off.
 */
class MessengerSendingTest {

    private static final String ALICE = "6180230961927584";
    private static final String BRUNO = "6180230961927585";

    private final List<Runnable> timers = new ArrayList<>();
    private final List<String> team = new CopyOnWriteArrayList<>();
    private static final ConversationStore NO_SNAPSHOTS = new ConversationStore() {
        @Override
        public Optional<ConversationSnapshot> load(ConversationKey key) {
            return Optional.empty();
        }

        @Override
        public void save(ConversationSnapshot snapshot) {
        }

        @Override
        public void delete(ConversationKey key) {
        }
    };
    private final List<String> outcomes = new CopyOnWriteArrayList<>();
    private MessengerHarness messenger;

    @AfterEach
    void stop() {
        messenger.close();
    }

    @Test
    void repliesMetaCouldNotTakeWaitAndGoOutInOrderOnceItDoes() throws Exception {
        start();
        messenger.graph.failSends(FakeGraphApi.Fault.TEMPORARY_1200);
        MessengerPerson alice = messenger.person(ALICE).says("un").says("deux");
        messenger.person(BRUNO).says("trois");
        messenger.graph.failSends(FakeGraphApi.Fault.HTTP_500);
        alice.says("quatre");
        assertThat(messenger.graph.sent()).isEmpty();
        assertThat(outcomes).contains("failed " + ALICE, "failed " + BRUNO).doesNotContain("ok " + ALICE);

        messenger.graph.recover();
        fireTimers();

        awaitSent(ALICE, 6);
        assertThat(messenger.graph.sentTo(ALICE)).extracting(FakeGraphApi.Call::text).containsExactly("vu : un",
                "vu : un (suite)", "vu : deux", "vu : deux (suite)", "vu : quatre", "vu : quatre (suite)");
        awaitSent(BRUNO, 2);
        assertThat(messenger.graph.sentTo(BRUNO)).extracting(FakeGraphApi.Call::text)
                .containsExactly("vu : trois", "vu : trois (suite)");
    }

    @Test
    void aRetryResumesAReplyWhereItStoppedInsteadOfRepeatingItsFirstPart() throws Exception {
        start();
        MessengerPerson alice = messenger.person(ALICE).says("un");
        // "typing…" and the first message go; the second fails once.
        messenger.graph.failCall(3, FakeGraphApi.Fault.TEMPORARY_1200);
        alice.says("deux");
        assertThat(messenger.graph.sentTo(ALICE)).extracting(FakeGraphApi.Call::text).endsWith("vu : deux");

        fireTimers();
        awaitSent(ALICE, 4);
        assertThat(messenger.graph.sentTo(ALICE)).extracting(FakeGraphApi.Call::text)
                .containsExactly("vu : un", "vu : un (suite)", "vu : deux", "vu : deux (suite)");
    }

    @Test
    void aMessageMetaRefusesForGoodIsDroppedTheTeamToldAndTheNextOneGoes() throws Exception {
        start();
        messenger.person(ALICE).says("un");
        int before = messenger.graph.sentTo(ALICE).size();
        // typing goes, then the first message of the reply is refused: the person is not available.
        messenger.graph.failNext(FakeGraphApi.Fault.UNAVAILABLE_551);
        messenger.relais.core().courier().fromBot(InboundMapper.keyOf(ALICE), List.of(Reply.text("rappel"), Reply.text("suite")));

        messenger.graph.await(c -> c.psid().equals(ALICE) && c.text().equals("suite"), MessengerHarness.PATIENCE);
        assertThat(messenger.graph.sentTo(ALICE).subList(before, messenger.graph.sentTo(ALICE).size()))
                .extracting(FakeGraphApi.Call::text).containsExactly("suite");
        assertThat(team).singleElement().asString().contains("la conversation messenger:" + ALICE)
                .contains("la personne n’est pas joignable sur Messenger").contains("code 551")
                .contains("ne sera pas renvoyé");
    }

    @Test
    void anExpiredTokenAlertsTheAdministratorsOnceAndTheRepliesWait() throws Exception {
        start();
        messenger.graph.failSends(FakeGraphApi.Fault.TOKEN_EXPIRED);
        messenger.person(ALICE).says("un");
        messenger.person(BRUNO).says("deux");

        assertThat(team).singleElement().asString().contains("RELAIS_MESSENGER_PAGE_TOKEN").contains("code 190");
        assertThat(outcomes).noneMatch(o -> o.startsWith("failed"));
        messenger.graph.recover();
        fireTimers();
        awaitSent(ALICE, 2);
        awaitSent(BRUNO, 2);
    }

    @Test
    void anAgentsAnswerAfterADayIsTaggedHumanAgentAndAfterAWeekWaitsForThePerson() throws Exception {
        start();
        MessengerPerson alice = messenger.person(ALICE).says("un");
        var courier = messenger.relais.core().courier();

        messenger.relais.clock().advance(Duration.ofHours(25));
        courier.fromAgent(InboundMapper.keyOf(ALICE), "Camille", "fr", "Votre commande part demain.");
        FakeGraphApi.Call tagged = messenger.graph.await(c -> c.text().contains("Votre commande part demain."),
                MessengerHarness.PATIENCE);
        assertThat(tagged.text()).isEqualTo("Camille (équipe) : Votre commande part demain.");
        assertThat(tagged.messagingType()).isEqualTo("MESSAGE_TAG");
        assertThat(tagged.tag()).isEqualTo("HUMAN_AGENT");

        // The bot's own message after 24 hours may not go at all; it waits, and the team is told.
        courier.fromBot(InboundMapper.keyOf(ALICE), List.of(Reply.text("Rappel : relancez le support.")));
        messenger.relais.clock().advance(Duration.ofDays(7));
        courier.fromAgent(InboundMapper.keyOf(ALICE), "Camille", "fr", "Avez-vous reçu votre commande ?");
        awaitTeam(1);
        assertThat(team).allSatisfy(t -> assertThat(t).contains("attend que la personne écrive de nouveau"));
        int before = messenger.graph.sentTo(ALICE).size();

        alice.says("bonjour ?");
        assertThat(messenger.graph.sentTo(ALICE).subList(before, messenger.graph.sentTo(ALICE).size()))
                .extracting(FakeGraphApi.Call::text).containsExactly("Rappel : relancez le support.",
                        "Camille (équipe) : Avez-vous reçu votre commande ?", "vu : bonjour ?", "vu : bonjour ? (suite)");
        assertThat(messenger.graph.sentTo(ALICE)).last().extracting(FakeGraphApi.Call::messagingType).isEqualTo("RESPONSE");
    }

    @Test
    void filesThatAreNotImagesOrPdfOrTooLargeAreRefusedInThePersonsLanguageAndNothingIsLost() throws Exception {
        messenger = new MessengerHarness(new FakeGraphApi(), new TestRelais(), Duration.ZERO, b -> b, e -> e);
        MessengerPerson alice = messenger.person(ALICE).says("mon compte Facebook a été piraté");
        byte[] executable = MessengerJourneyTest.class.getResourceAsStream("/fixtures/renamed-executable.png").readAllBytes();

        alice.sendsFile("capture.png", executable).expect("Je ne peux garder que des images");
        alice.sendsFile("enorme.pdf", new byte[11 * 1024 * 1024]).expect("la limite est de 10 Mo par fichier");
        alice.sendsPhoto("vide.jpg", new byte[0]).expect("Je ne peux garder que des images");
    }

    private void start() throws Exception {
        Delays manual = (delay, task) -> {
            synchronized (timers) {
                timers.add(task);
            }
            return () -> {
                synchronized (timers) {
                    timers.remove(task);
                }
            };
        };
        messenger = new MessengerHarness(new FakeGraphApi(), new TestRelais(), Duration.ZERO, b -> b.delays(manual)
                .outcomes(new app.relais.bot.channel.SendOutcomes() {
                    @Override
                    public void succeeded(String person) {
                        outcomes.add("ok " + person);
                    }

                    @Override
                    public void failedTransiently(String person) {
                        outcomes.add("failed " + person);
                    }
                }).team(said -> team.add(said.fr()), key -> Optional.empty()),
                engine -> inbound -> {
                    String text = ((Inbound.Text) inbound).text();
                    return committed(inbound, Reply.text("vu : " + text), Reply.text("vu : " + text + " (suite)"));
                });
    }

    /** The turn's replies committed to the outbox, as the real engine commits them with its snapshot. */
    private Replies committed(Inbound inbound, Reply... replies) {
        // A turn after anything written before it (the test's clock stands still otherwise).
        messenger.relais.clock().advance(Duration.ofMillis(1));
        long id = MessageTime.micros(MessageTime.turn(messenger.relais.clock().instant(), null));
        Dispatch dispatch = new Dispatch(inbound.key(), id, Author.BOT, null, "fr", List.of(replies), 0);
        ((InMemoryOutbox) messenger.relais.core().outbox()).recording(NO_SNAPSHOTS)
                .save(null, new TurnRecord(inbound, dispatch));
        return new Replies(List.of(replies), id, "fr", null, false);
    }

    private void fireTimers() {
        List<Runnable> due;
        synchronized (timers) {
            due = new ArrayList<>(timers);
            timers.clear();
        }
        due.forEach(Runnable::run);
    }

    private void awaitSent(String psid, int count) throws InterruptedException {
        long deadline = System.nanoTime() + MessengerHarness.PATIENCE.toNanos();
        while (messenger.graph.sentTo(psid).size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(psid + " received only " + messenger.graph.sentTo(psid).size());
            }
            Thread.sleep(10);
        }
    }

    private void awaitTeam(int count) throws InterruptedException {
        long deadline = System.nanoTime() + MessengerHarness.PATIENCE.toNanos();
        while (team.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the team was told " + team);
            }
            Thread.sleep(10);
        }
    }
}
