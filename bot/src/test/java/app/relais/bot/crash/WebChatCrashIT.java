package app.relais.bot.crash;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.webchat.testing.ChatClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user half-way through a request when the server is killed with SIGKILL: after a restart on
 * the same data directory, the same session resumes at the same step and the draft holds every
 * earlier answer and file. A user whose phone dropped the connection right after approving the
 * request, on a server killed right after it committed the approval, gets the draft, the .eml and
 * the archive once when the chat resumes.
 */
class WebChatCrashIT {

    private static final Pattern WEB_REPLIES =
            Pattern.compile("(?m)^relais_messages_out_total\\{[^}]*channel=\"web\"[^}]*} ([0-9.E]+)");

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

    @Test
    void anApprovalCommittedBeforeACrashReachesTheResumedChatOnce() throws Exception {
        try (RelaisProcess relais = new RelaisProcess(data, Map.of()).start()) {
            String token;
            String seen;
            try (ChatClient chat = ChatClient.connect(relais.base())) {
                chat.hello().say("mon compte Facebook a été piraté").expect("Compte Facebook piraté")
                        .tap("Oui, c’est ça").tap("Préparer ma demande")
                        .say("https://www.facebook.com/jeanne.martin").expect("(2/5)")
                        .say("jeanne.martin@example.fr").expect("(3/5)")
                        .say("12/11/2026 21:30").tap("Oui, c’est juste").expect("(4/5)")
                        .say("Mot de passe et adresse email changés").expect("(5/5)")
                        .attach("alerte-facebook.png", fixture("alerte-facebook.png")).expect("alerte-facebook.png")
                        .tap("J’ai terminé").tap("Titulaire du compte")
                        .say("Le 12 novembre vers 21h30 mon mot de passe et mon email ont été changés.")
                        .say("Mon événement de samedi est annoncé sur ce compte.")
                        .tap("Me rendre l’accès à mon compte et annuler les modifications du pirate")
                        .expect("comment signer").tap("Ne pas signer")
                        .expect("À : abuse@facebook.com");
                token = chat.token();
                seen = chat.lastMessageId();
                double answered = repliesSent(relais);
                // The phone loses its network right after the tap: nothing the tap caused is read.
                chat.tapAndDrop("C’est parfait");
                awaitRepliesSentAbove(relais, answered);
            }
            // The approval is committed; its replies went to a dead socket, or nowhere yet.
            relais.crash();

            relais.start();
            try (ChatClient chat = ChatClient.connect(relais.base())) {
                chat.hello(token, seen);
                List<JsonNode> owed = chat.lastBots();
                assertThat(texts(owed, "Votre demande est prête")).isEqualTo(1);
                assertThat(texts(owed, "À : abuse@facebook.com")).isEqualTo(1);
                assertThat(texts(owed, "Avez-vous envoyé votre demande")).isEqualTo(1);
                List<JsonNode> files = owed.stream().flatMap(f -> stream(f.get("files"))).toList();
                assertThat(files).extracting(f -> f.get("name").asText())
                        .as("the .eml and the archive, once each").hasSize(2)
                        .anyMatch(name -> name.endsWith(".eml")).anyMatch(name -> name.endsWith(".zip"));
                for (JsonNode file : files) {
                    var download = chat.download(file.get("url").asText());
                    assertThat(download.statusCode()).as(file.get("name").asText()).isEqualTo(200);
                    assertThat(download.body()).isNotEmpty();
                }
                assertThat(owed).extracting(f -> Long.parseLong(f.get("id").asText()))
                        .isSorted().allMatch(id -> id > Long.parseLong(seen));

                // /status shows the request again ("Votre demande est prête : la revoici"), not the approval's intro.
                chat.say("/status").expect("Avez-vous envoyé votre demande");
                assertThat(texts(chat.lastBots(), "Votre demande est prête. Copiez")).as("not approved twice").isZero();
                chat.tap("J’ai envoyé ma demande").expect("Bien noté");
            }
        }
    }

    /** Replies the application handed back to web chats so far, from its metrics. */
    private static double repliesSent(RelaisProcess relais) throws Exception {
        HttpResponse<String> metrics = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(relais.base().resolve("/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = WEB_REPLIES.matcher(metrics.body());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /** Waits, bounded, until a turn's replies were counted: the engine returns only once the turn is committed. */
    private static void awaitRepliesSentAbove(RelaisProcess relais, double before) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (repliesSent(relais) <= before) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the approval was not answered in time");
            }
            Thread.sleep(20);
        }
    }

    private static long texts(List<JsonNode> frames, String fragment) {
        return frames.stream().filter(f -> f.path("text").asText().contains(fragment)).count();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.stream();
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
