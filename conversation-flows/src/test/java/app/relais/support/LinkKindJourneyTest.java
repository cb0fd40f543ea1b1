package app.relais.support;

import static app.relais.testing.ReplyMatchers.containing;

import app.relais.testing.TestRelais;
import org.junit.jupiter.api.Test;

/**
 * A link of the wrong kind (a profile when the event is asked, a video when the channel is) is
 * refused with what it is, what is expected and an example of the right kind; the right one is
 * then taken, and nothing collected is lost.
 */
class LinkKindJourneyTest {

    private final TestRelais relais = new TestRelais();

    @Test
    void aProfileLinkAtTheEventQuestionIsRefusedWithAnEventExample() {
        relais.french()
                .send("facebook")
                .tap("Vague de spam ou de faux profils")
                .tap("Préparer ma demande")
                .expectReply(containing("(1/7) Lien de l’événement"))
                .send("c’est facebook.com/jeanne.martin.75")
                .expectReply(containing("Ce lien mène à un profil, pas à un événement. Envoyez le bon lien, par exemple https://www.facebook.com/events/123456789"))
                .expectReply(containing("(1/7) Lien de l’événement"))
                .send("https://www.facebook.com/events/884512337766201")
                .expectReply(containing("Noté : https://www.facebook.com/events/884512337766201"));
    }

    @Test
    void anEventLinkAtTheProfileQuestionIsRefusedWithAProfileExample() {
        relais.english()
                .send("my facebook account was hacked")
                .tap("Yes, that’s it")
                .tap("Prepare my request")
                .expectReply(containing("(1/5) Link to your Facebook profile"))
                .send("facebook.com/events/884512337766201")
                .expectReply(containing("This link leads to an event, not to a profile. Send the right link, for example https://www.facebook.com/first.last"))
                .send("facebook.com/jane.martin.75")
                .expectReply(containing("Noted: https://facebook.com/jane.martin.75"));
    }

    @Test
    void aVideoLinkAtTheChannelQuestionNamesAChannel() {
        relais.french()
                .send("ma chaîne youtube a été piratée")
                .tap("Oui, c’est ça")
                .tap("Préparer ma demande")
                .send("https://www.youtube.com/watch?v=dQw4w9WgXcQ")
                .expectReply(containing("Ce lien mène à une vidéo, pas à une chaîne."));
    }
}
