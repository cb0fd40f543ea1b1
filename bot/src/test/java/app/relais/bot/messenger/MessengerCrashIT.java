package app.relais.bot.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.bot.crash.RelaisProcess;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application, as users run it, with Messenger on and the fake Graph API on
 * 127.0.0.1: Meta's handshake and signatures, a whole support request (quick replies, a numbered
 * list, a photo, the draft and its files), an event delivered twice, events delivered out of
 * order, and a SIGKILL at the two moments where something could be lost: an event stored and not
 * yet handled, and replies not yet sent.
 */
class MessengerCrashIT {

    private static final String JEANNE = "6180230961927701";

    @TempDir
    Path data;

    @Test
    void aWholeSupportRequestOverMessengerLosesNothingToASigkill() throws Exception {
        try (FakeGraphApi graph = new FakeGraphApi();
             RelaisProcess relais = new RelaisProcess(data, environment(graph)).start()) {
            WebhookOverHttp meta = new WebhookOverHttp(relais.base(), graph);
            handshakeAndSignatures(meta);

            MessengerPerson jeanne = meta.person(JEANNE)
                    .says("mon compte Facebook a été piraté").expect("Compte Facebook piraté")
                    .taps("Oui, c’est ça").expect("https://www.facebook.com/hacked")
                    .taps("Préparer ma demande").expect("(1/5) Lien de votre profil Facebook");

            // Meta delivers the same event twice: answered once.
            byte[] profile = Webhooks.body(Webhooks.text(JEANNE, MessengerPerson.mid(), meta.now(),
                    "https://www.facebook.com/jeanne.martin"));
            jeanne.deliver(profile);
            meta.post(profile);
            jeanne.expect("(2/5)");

            // An event stored (Meta got its 200) but still in its order window: the crash must not lose it.
            jeanne.says("jeanne.martin@example.fr");
            // A crash in the few milliseconds between Meta accepting a reply and its mark landing sends
            // that reply again (at most that one: docs/operations.md). This step is about the event
            // in its 3-second order window, so the last reply's mark is given time to land first.
            Thread.sleep(1_000);
            relais.crash();
            relais.start();
            jeanne.expect("(3/5)");

            // Two events delivered in the wrong order within the order window: handled in the order written.
            long t = meta.now();
            byte[] confirm = Webhooks.body(Webhooks.quickReply(JEANNE, MessengerPerson.mid(), t + 1_000,
                    "Oui, c’est juste", "date-yes"));
            byte[] date = Webhooks.body(Webhooks.text(JEANNE, MessengerPerson.mid(), t, "12/11/2026 21:30"));
            jeanne.deliver(confirm);
            meta.post(date);
            jeanne.expect("jeudi 12 novembre 2026 à 21:30").expect("(4/5)");

            // Replies Meta cannot take when the server dies: sent after the restart, in order.
            graph.failSends(FakeGraphApi.Fault.HTTP_500);
            jeanne.says("Mot de passe et adresse email changés, publications frauduleuses");
            graph.awaitRefused(2, MessengerPerson.PATIENCE);
            relais.crash();
            graph.recover();
            relais.start();
            jeanne.expect("(5/5) Captures d’écran");

            jeanne.sendsPhoto("alerte.png", MessengerJourneyTest.screenshot()).expect("alerte.png")
                    .taps("J’ai terminé").expect("Qui êtes-vous")
                    .taps("Titulaire du compte").expect("Racontez ce qui s’est passé")
                    .says("Le 12 novembre vers 21h30 j’ai reçu un email de changement de mot de passe.").expect("conséquences")
                    .says("Mon événement de samedi est annoncé sur ce compte.")
                    .taps("Me rendre l’accès à mon compte et annuler les modifications du pirate")
                    .expect("comment signer votre demande").says("Jeanne Martin")
                    .expect("où le support pourra vous répondre").taps("Utiliser jeanne.martin@example.fr")
                    .expect("À : abuse@facebook.com").expect("jeanne.martin@example.fr").expect("alerte.png")
                    .taps("C’est parfait").expect("mailto:abuse@facebook.com?subject=").expectFile(".eml");

            List<String> texts = jeanne.received().stream().map(FakeGraphApi.Call::text).toList();
            for (String once : List.of("(2/5)", "(3/5)", "(4/5)", "(5/5)", "Qui êtes-vous")) {
                List<String> with = texts.stream().filter(text -> text.contains(once)).toList();
                assertThat(with).as("answers with %s", once).hasSize(1);
            }
            assertThat(texts.indexOf(texts.stream().filter(x -> x.contains("jeudi 12 novembre")).findFirst().orElseThrow()))
                    .isLessThan(texts.indexOf(texts.stream().filter(x -> x.contains("(4/5)")).findFirst().orElseThrow()));
        }
    }

    private static void handshakeAndSignatures(WebhookOverHttp meta) throws InterruptedException {
        HttpResponse<String> right = meta.verify("subscribe", FakeGraphApi.VERIFY_TOKEN, "1158201444");
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.body()).isEqualTo("1158201444");
        assertThat(meta.verify("subscribe", "not-the-token", "1158201444").statusCode()).isEqualTo(403);
        byte[] body = Webhooks.body(Webhooks.text(JEANNE, MessengerPerson.mid(), meta.now(), "bonjour"));
        assertThat(meta.post(body, null)).isEqualTo(403);
        assertThat(meta.post(body, "sha256=" + "ab".repeat(32))).isEqualTo(403);
        assertThat(meta.graph().sent()).isEmpty();
    }

    static Map<String, String> environment(FakeGraphApi graph) {
        Map<String, String> env = new HashMap<>();
        env.put("RELAIS_MESSENGER_PAGE_TOKEN", FakeGraphApi.PAGE_TOKEN);
        env.put("RELAIS_MESSENGER_APP_SECRET", FakeGraphApi.APP_SECRET);
        env.put("RELAIS_MESSENGER_VERIFY_TOKEN", FakeGraphApi.VERIFY_TOKEN);
        env.put("RELAIS_MESSENGER_API_URL", graph.url().toString());
        env.put("RELAIS_MESSENGER_API_VERSION", FakeGraphApi.VERSION);
        // Long enough for the test to post the later event first and to crash within it.
        env.put("RELAIS_MESSENGER_ORDER_WINDOW", "3s");
        return env;
    }
}
