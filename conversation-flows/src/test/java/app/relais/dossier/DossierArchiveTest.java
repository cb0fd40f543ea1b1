package app.relais.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.catalog.CatalogLoader;
import app.relais.catalog.Problem;
import app.relais.conversation.ConversationKey;
import app.relais.files.FileIntake;
import app.relais.files.InMemoryFileStore;
import app.relais.files.Sha256;
import app.relais.files.StoredFile;
import app.relais.i18n.Messages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The archive opens with plain java.util.zip, holds every file intact and shows user text as text. */
class DossierArchiveTest {

    private static final ConversationKey OWNER = new ConversationKey("web", "visitor-1");
    private static final Instant RECEIVED = Instant.parse("2026-11-21T19:30:00Z");
    private static final Instant NOW = Instant.parse("2026-11-21T20:00:00Z");

    private final InMemoryFileStore files = new InMemoryFileStore(Clock.fixed(RECEIVED, ZoneOffset.UTC));
    private final FileIntake intake = new FileIntake(files);
    private final DossierArchive archive = new DossierArchive(files);
    private final Problem hacked = new CatalogLoader().load().require("facebook/account-hacked");

    @Test
    void theArchiveHoldsTheSummaryTheJsonAndEveryFileWithItsHash() throws IOException {
        byte[] png = fixture("screenshot.png");
        byte[] pdf = fixture("notice.pdf");
        StoredFile first = accepted("<img src=x onerror=alert(1)>.png", png);
        StoredFile second = accepted("../../alerte.pdf", pdf);
        StoredFile third = accepted("alerte.pdf", pdf);
        Map<String, EvidenceEntry> evidence = new LinkedHashMap<>();
        evidence.put("profile-url", new EvidenceEntry("profile-url", "https://www.facebook.com/jeanne.martin",
                "https://www.facebook.com/jeanne.martin", "profile:jeanne.martin", List.of(), false, NOW));
        evidence.put("account-email", EvidenceEntry.skipped("account-email", NOW));
        evidence.put("changes", EvidenceEntry.value("changes", "<script>alert(\"x\")</script> & mot de passe", NOW));
        evidence.put("screenshots", EvidenceEntry.empty("screenshots", NOW)
                .withFiles(List.of(first.id(), second.id(), third.id()), NOW));

        StoredFile zip = archive.store(OWNER, hacked, evidence, Story.NONE, Messages.of("fr"), ZoneId.of("Europe/Paris"), NOW);

        assertThat(zip.name()).isEqualTo("dossier-facebook-account-hacked.zip");
        assertThat(zip.mime()).isEqualTo("application/zip");
        assertThat(zip.generated()).isTrue();
        Map<String, byte[]> entries = unzip(files.content(zip.id()).orElseThrow());
        assertThat(entries.keySet()).containsExactly("summary.html", "dossier.json",
                "files/01-_img src=x onerror=alert(1)_.png", "files/02-alerte.pdf", "files/03-alerte.pdf");
        assertThat(entries.get("files/01-_img src=x onerror=alert(1)_.png")).isEqualTo(png);
        assertThat(entries.get("files/03-alerte.pdf")).isEqualTo(pdf);

        JsonNode json = new ObjectMapper().readTree(entries.get("dossier.json"));
        assertThat(json.get("problem").asText()).isEqualTo("facebook/account-hacked");
        JsonNode items = json.get("items");
        assertThat(items).hasSize(hacked.evidence().size());
        assertThat(items.get(0).get("reference").asText()).isEqualTo("profile:jeanne.martin");
        assertThat(items.get(1).get("status").asText()).isEqualTo("skipped");
        assertThat(items.get(2).get("status").asText()).isEqualTo("missing");
        JsonNode screenshots = items.get(4).get("files");
        assertThat(screenshots).hasSize(3);
        for (JsonNode file : screenshots) {
            byte[] content = entries.get(file.get("path").asText());
            assertThat(Sha256.hex(content)).isEqualTo(file.get("sha256").asText());
            assertThat(file.get("size").asLong()).isEqualTo(content.length);
            assertThat(file.get("receivedAt").asText()).isEqualTo("2026-11-21T19:30:00Z");
            assertThat(file.get("channel").asText()).isEqualTo("web");
        }
        assertThat(screenshots.get(1).get("originalName").asText()).isEqualTo("../../alerte.pdf");

        String html = new String(entries.get("summary.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("Dossier de preuves — Compte Facebook piraté")
                .contains(Sha256.hex(png)).contains(Sha256.hex(pdf))
                .contains("reçu le samedi 21 novembre 2026 à 20 h 30 par web")
                .contains("<img class=\"thumb\" src=\"files/01-_img src=x onerror=alert(1)_.png\"")
                .contains("passé (pas à ma disposition)").contains("non fourni")
                .contains("profil jeanne.martin");
    }

    @Test
    void userTextInTheSummaryIsEscapedNeverMarkup() throws IOException {
        StoredFile file = accepted("<img src=x onerror=alert(1)>.png", fixture("screenshot.png"));
        Map<String, EvidenceEntry> evidence = Map.of(
                "changes", EvidenceEntry.value("changes", "<script>alert(\"x\")</script> & 'quotes'", NOW),
                "screenshots", EvidenceEntry.empty("screenshots", NOW).withFiles(List.of(file.id()), NOW));

        byte[] zip = archive.build(hacked, evidence, Messages.of("en"), ZoneId.of("Europe/Paris"), NOW);
        String html = new String(unzip(zip).get("summary.html"), StandardCharsets.UTF_8);

        assertThat(html).doesNotContain("<script").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;")
                .contains("&lt;img src=x onerror=alert(1)&gt;.png")
                .contains("Evidence dossier — Hacked Facebook account");
    }

    @Test
    void theSummaryTellsTheStoryBeforeTheEvidenceAndPrintsOnA4() throws IOException {
        StoredFile png = accepted("alerte.png", fixture("screenshot.png"));
        Map<String, EvidenceEntry> evidence = new LinkedHashMap<>();
        evidence.put("started-at", EvidenceEntry.value("started-at", "2026-11-12T21:30+01:00", NOW));
        evidence.put("screenshots", EvidenceEntry.empty("screenshots", NOW).withFiles(List.of(png.id()), NOW));
        Story story = new Story(List.of(new Story.Part("Le problème", "Le piratage d’un compte Facebook."),
                new Story.Part("Qui écrit", "Je suis titulaire du compte concerné."),
                new Story.Part("Les conséquences", "<b>300</b> participants attendent."),
                new Story.Part("La demande", " ")));

        String html = new String(unzip(archive.build(hacked, evidence, story, Messages.of("fr"), ZoneId.of("Europe/Paris"), NOW))
                .get("summary.html"), StandardCharsets.UTF_8);

        assertThat(html).containsSubsequence("<h2>Le problème</h2>", "Le piratage d’un compte Facebook.",
                "<h2>Qui écrit</h2>", "<h2>Les conséquences</h2>", "&lt;b&gt;300&lt;/b&gt;", "<h2>Les preuves</h2>",
                "Début du piratage", "jeudi 12 novembre 2026 à 21 h 30",
                "<img class=\"thumb\" src=\"files/01-alerte.png\"", "SHA-256")
                .doesNotContain("<h2>La demande</h2>")
                .contains("@page{size:A4").contains("@media print")
                .contains("Les heures sont celles du fuseau Europe/Paris");
    }

    @Test
    void screenshotsAndPdfsAreStoredAsTheyAreAndTheTextsCompressed() throws IOException {
        StoredFile png = accepted("capture.png", fixture("screenshot.png"));
        StoredFile pdf = accepted("alerte.pdf", fixture("notice.pdf"));
        Map<String, EvidenceEntry> evidence = Map.of("screenshots", EvidenceEntry.empty("screenshots", NOW)
                .withFiles(List.of(png.id(), pdf.id()), NOW));

        byte[] zip = archive.build(hacked, evidence, Messages.of("fr"), ZoneId.of("Europe/Paris"), NOW);

        Map<String, Integer> methods = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                methods.put(entry.getName(), entry.getMethod());
            }
        }
        assertThat(methods).containsEntry("summary.html", ZipEntry.DEFLATED).containsEntry("dossier.json", ZipEntry.DEFLATED)
                .containsEntry("files/01-capture.png", ZipEntry.STORED).containsEntry("files/02-alerte.pdf", ZipEntry.STORED);
    }

    private StoredFile accepted(String name, byte[] content) {
        return ((FileIntake.Accepted) intake.accept(OWNER, name, content)).file();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertThat(entry.getName()).doesNotContain("..").doesNotStartWith("/");
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = DossierArchiveTest.class.getResourceAsStream("/fixtures/" + name)) {
            return in.readAllBytes();
        }
    }
}
