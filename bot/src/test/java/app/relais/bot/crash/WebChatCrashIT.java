package app.relais.bot.crash;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.webchat.testing.ChatClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user half-way through a request when the server is killed with SIGKILL: after a restart on
 * the same data directory, the same session resumes at the same step and the draft holds every
 * earlier answer and file.
 */
class WebChatCrashIT {

    @TempDir
    Path data;

    @Test
    void aKilledServerLosesNoAnswerAndNoFile() throws Exception {
        String token;
        try (RelaisProcess relais = new RelaisProcess(data, Map.of()).start()) {
            try (ChatClient chat = ChatClient.connect(relais.base())) {
                chat.hello().say("mon compte Facebook a été piraté").expect("Compte Facebook piraté")
                        .tap("Oui, c’est ça").tap("Préparer ma demande")
                        .say("https://www.facebook.com/jeanne.martin").expect("(2/5)")
                        .say("jeanne.martin@example.fr").expect("(3/5)")
                        .say("12/11/2026 21:30").expect("jeudi 12 novembre 2026 à 21:30").tap("Oui, c’est juste").expect("(4/5)")
                        .say("Mot de passe et adresse email changés").expect("(5/5)")
                        .attach("alerte-facebook.png", fixture("alerte-facebook.png")).expect("alerte-facebook.png");
                token = chat.token();
            }
            relais.crash();

            relais.start();
            try (ChatClient chat = ChatClient.connect(relais.base())) {
                chat.hello(token).say("/status").expect("(5/5)")
                        .tap("J’ai terminé").expect("Qui êtes-vous")
                        .tap("Titulaire du compte")
                        .say("Le 12 novembre vers 21h30 mon mot de passe et mon email ont été changés.")
                        .say("Mon événement de samedi est annoncé sur ce compte.")
                        .tap("Me rendre l’accès à mon compte et annuler les modifications du pirate")
                        .expect("comment signer").say("Jeanne Martin, 06 12 34 56 78")
                        .expect("À : abuse@facebook.com")
                        .expect("https://www.facebook.com/jeanne.martin")
                        .expect("jeanne.martin@example.fr")
                        .expect("Mot de passe et adresse email changés")
                        .expect("– Captures d’écran : alerte-facebook.png")
                        .expect("Jeanne Martin\n+33 6 12 34 56 78");
                assertThat(chat.token()).isEqualTo(token);
            }
        }
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = WebChatCrashIT.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                return Files.readAllBytes(Path.of("src/test/resources/fixtures", name));
            }
            return in.readAllBytes();
        }
    }
}
