package app.relais.bot.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.bot.channel.JdbcInbox;
import app.relais.bot.store.Databases;
import java.io.InputStream;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A whole support request over Messenger: the real adapter and HTTP client against the fake Graph
 * API, everything asserted on what the fake recorded (quick replies, numbered lists, files).
 */
class MessengerJourneyTest {

    private static final String JEANNE = "6180230961927584";

    private MessengerHarness messenger;

    @BeforeEach
    void start() throws Exception {
        messenger = new MessengerHarness();
    }

    @AfterEach
    void stop() {
        messenger.close();
    }

    @Test
    void aHackedFacebookAccountEndsInADraftWithItsFilesAndTheOfficialPage() throws Exception {
        MessengerPerson jeanne = messenger.person(JEANNE)
                .says("mon compte Facebook a été piraté")
                .expect("Compte Facebook piraté")
                .expectQuickReply("Oui, c’est ça")
                .taps("Oui, c’est ça")
                .expect("https://www.facebook.com/hacked")
                .expect("abuse@facebook.com")
                .expect("pas documentée officiellement")
                .taps("Préparer ma demande")
                .expect("(1/5) Lien de votre profil Facebook")
                .says("https://www.facebook.com/jeanne.martin")
                .expect("(2/5)")
                // Messenger's button filling in the profile's address, tapped instead of typing it.
                .tapsProfileButton("user_email", "jeanne.martin@example.fr")
                .expect("(3/5)")
                .says("12/11/2026 21:30")
                .expect("jeudi 12 novembre 2026 à 21:30")
                .taps("Oui, c’est juste")
                .expect("(4/5)")
                .says("Mot de passe et adresse email changés, publications frauduleuses")
                .expect("(5/5) Captures d’écran")
                .sendsPhoto("alerte.png", screenshot())
                .expect("alerte.png")
                .taps("J’ai terminé")
                .expect("Qui êtes-vous")
                .taps("Titulaire du compte")
                .expect("Racontez ce qui s’est passé")
                .says("Le 12 novembre vers 21h30 j’ai reçu un email de changement de mot de passe, puis mon email a été remplacé.")
                .expect("conséquences")
                .says("Mon événement de samedi est annoncé sur ce compte, 300 participants attendent des nouvelles.")
                // Longer than Messenger's 20-character quick replies: a numbered list, answered by number.
                .expect("1. Me rendre l’accès à mon compte et annuler les modifications du pirate")
                .expectQuickReply("1")
                .says("1")
                .expect("comment signer votre demande")
                .says("Jeanne Martin")
                .expect("où le support pourra vous répondre").taps("Utiliser jeanne.martin@example.fr")
                .expect("À : abuse@facebook.com")
                .expect("Objet : URGENT – Compte Facebook piraté – https://www.facebook.com/jeanne.martin")
                .expect("300 participants")
                .expect("alerte.png")
                .taps("C’est parfait")
                .expect("formulaire officiel")
                .expect("mailto:abuse@facebook.com?subject=")
                .expectFile(".eml");

        // The screenshot was fetched from the URL Meta gave, checked by content and kept.
        assertThat(messenger.relais.core().files().ownedBy(InboundMapper.keyOf(JEANNE)))
                .anySatisfy(f -> assertThat(f.name()).isEqualTo("alerte.png"));
        // Every message is plain text within Messenger's limits, answering the person (RESPONSE).
        assertThat(messenger.graph.sentTo(JEANNE)).allSatisfy(call -> {
            assertThat(call.text().length()).isLessThanOrEqualTo(2000);
            assertThat(call.quickReplies()).hasSizeLessThanOrEqualTo(13)
                    .allSatisfy(title -> assertThat(title.codePointCount(0, title.length())).isLessThanOrEqualTo(20));
            assertThat(call.messagingType()).isEqualTo("RESPONSE");
        });
        // "typing…" before each answer.
        assertThat(messenger.graph.calls()).filteredOn(FakeGraphApi.Call::typing).isNotEmpty();
        assertThat(jeanne.psid()).isEqualTo(JEANNE);
    }

    @Test
    void anEnglishSpeakerWhoSwitchesLanguageIsAnsweredInEnglish() throws Exception {
        messenger.person("6180230961927585")
                .says("/lang en")
                .says("my facebook account was hacked")
                .expect("Hacked Facebook account")
                .taps("Yes, that’s it")
                .expect("not officially documented");
    }

    @Test
    void aPasswordIsMaskedInWhatRelaisKeepsAndThePersonIsToldToRemoveItFromMessenger() throws Exception {
        JdbcTemplate database = new JdbcTemplate(Databases.h2());
        messenger.close();
        messenger = new MessengerHarness(Duration.ZERO, b -> b.inbox(new JdbcInbox(database, "messenger"), true));
        MessengerPerson jeanne = messenger.person("6180230961927586")
                .says("mon compte Facebook a été piraté")
                .taps("Oui, c’est ça")
                .taps("Préparer ma demande")
                .says("https://www.facebook.com/jeanne.martin")
                .expect("(2/5)")
                .says("mon mot de passe est Soleil2024!")
                .expect("retirez-le vous-même")
                .expect("(2/5)");

        assertThat(jeanne.received()).noneSatisfy(call -> assertThat(call.text()).contains("Soleil2024"));
        // What Relais stored of the message (its inbox) was masked too.
        assertThat(database.queryForList("select payload from channel_inbox", String.class))
                .anySatisfy(payload -> assertThat(payload).contains("mon mot de passe est ••••••"))
                .noneSatisfy(payload -> assertThat(payload).contains("Soleil2024"));
    }

    @Test
    void forgetErasesTheConversationAndSaysWhatStaysInMessenger() throws Exception {
        MessengerPerson jeanne = messenger.person("6180230961927587")
                .says("mon compte Facebook a été piraté")
                .taps("Oui, c’est ça")
                .says("/forget")
                .taps("Oui, tout effacer")
                .expect("supprimez la conversation dans Messenger");

        assertThat(messenger.relais.core().conversations().load(InboundMapper.keyOf(jeanne.psid()))).isEmpty();
        jeanne.says("bonjour").expect("Pour bien vous orienter");
    }

    static byte[] screenshot() throws Exception {
        try (InputStream in = MessengerJourneyTest.class.getResourceAsStream("/fixtures/screenshot.png")) {
            return in.readAllBytes();
        }
    }
}
