package app.relais.support;

import static app.relais.testing.ReplyMatchers.containing;

import app.relais.catalog.EvidenceItem;
import app.relais.catalog.EvidenceType;
import app.relais.catalog.Problem;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.FileRef;
import app.relais.conversation.Reply;
import app.relais.i18n.Messages;
import app.relais.testing.CatalogJourney;
import app.relais.testing.Conversation;
import app.relais.testing.MutableClock;
import app.relais.testing.TestRelais;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;

/**
 * Writes the example requests under {@code docs/examples/}: three problems (an event organiser
 * whose concert was copied by a fake event, a banned WhatsApp number, a post removed by mistake),
 * each walked in French and in English through the engine as a person would, and saved as
 * Relais delivers them: the text to copy, the {@code .eml} draft, the dossier's
 * {@code summary.html} with its files, and the follow-up prepared a week later. The clock is
 * fixed, so running it again gives the same files unless the texts changed. The people, addresses
 * (example.org) and numbers (ranges ARCEP and Ofcom keep for fiction) are made up. From the
 * repository root:
 * <pre>
 * mvn -q -pl conversation-flows test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=app.relais.support.LetterExamples
 * </pre>
 */
public final class LetterExamples {

    /** A Monday morning in Paris: "samedi" is two days ago. */
    private static final String NOW = "2026-12-07T09:00:00Z";

    /** One person's journey: what they type for each item, and for every other question. */
    record Example(String problem, Locale locale, Map<String, Object> evidence, String role, String facts,
                   String impact, int outcome, List<String> signature, String ticket, String changes) {
    }

    private LetterExamples() {
    }

    public static void main(String[] args) throws IOException {
        Path out = args.length > 0 ? Path.of(args[0]) : repositoryRoot().resolve("docs/examples");
        for (Example example : examples()) {
            Path dir = out.resolve(Messages.of(example.locale()).language() + "-" + example.problem().replace('/', '-'));
            write(example, dir);
            System.out.println("wrote " + dir);
        }
    }

    private static void write(Example example, Path dir) throws IOException {
        TestRelais relais = new TestRelais(MutableClock.at(NOW));
        Problem problem = relais.core().catalog().require(example.problem());
        // As if typed in the web chat: the dossier says which channel each file came through.
        Conversation c = relais.conversation(new ConversationKey("web", "example-" + example.problem()), example.locale());
        String language = Messages.of(example.locale()).language();
        List<String> examples = language.equals("en") ? problem.examples().en() : problem.examples().fr();
        c.send(examples.get(0));
        CatalogJourney.reachAdvice(c, problem);
        c.tap("start-dossier");
        for (EvidenceItem item : problem.evidence()) {
            answer(c, item, example.evidence().get(item.id()));
        }
        c.tap("role:" + example.role()).send(example.facts()).send(example.impact()).tap("outcome:" + example.outcome());
        for (String step : example.signature()) {
            if (step.startsWith("tap:")) {
                c.tap(step.substring(4));
            } else {
                c.send(step);
            }
        }
        c.tap(ReviewStage.APPROVE);
        List<Reply> delivered = c.lastReplies();
        Files.createDirectories(dir);
        deleteOld(dir);
        String request = delivered.stream().map(Reply::text).filter(t -> t.contains(Messages.of(language)
                .get("draft.label.subject", ""))).findFirst().orElseThrow();
        Files.writeString(dir.resolve("request.txt"), request + "\n");
        for (FileRef file : files(delivered)) {
            byte[] bytes = relais.core().files().content(file.fileId()).orElseThrow();
            if (file.name().endsWith(".eml")) {
                Files.write(dir.resolve("request.eml"), steadyBoundaries(bytes));
            } else if (file.name().endsWith(".zip")) {
                unzip(bytes, dir);
            }
        }
        c.tap(DeliverStage.SENT);
        relais.clock().advance(java.time.Duration.ofDays(7));
        c.tap(FollowUpStage.DRAFT_NOW).send(example.ticket()).send(example.changes())
                .expectReply(containing(Messages.of(language).get("followup.closing")));
        Files.writeString(dir.resolve("follow-up.txt"), c.lastReplies().get(0).text() + "\n");
    }

    private static void answer(Conversation c, EvidenceItem item, Object given) {
        if (given == null) {
            c.tap(Choices.SKIP);
        } else if (item.type() == EvidenceType.FILE) {
            Shot shot = (Shot) given;
            c.upload(shot.name(), shot.png()).tap(Choices.DONE);
        } else {
            c.send((String) given);
            if (item.type() == EvidenceType.DATETIME) {
                c.tap(ItemInput.YES);
            }
        }
    }

    private static List<FileRef> files(List<Reply> replies) {
        return replies.stream().flatMap(r -> r.files().stream()).toList();
    }

    /** The MIME boundaries Jakarta Mail draws at random, made steady so a run changes no file for nothing. */
    private static byte[] steadyBoundaries(byte[] eml) {
        String text = new String(eml, StandardCharsets.ISO_8859_1);
        return text.replaceAll("----=_Part_\\d+_\\d+\\.\\d+", "----=_Part_relais_example")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void unzip(byte[] zip, Path dir) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("dossier.json")) {
                    continue;
                }
                Path target = dir.resolve(entry.getName()).normalize();
                if (!target.startsWith(dir)) {
                    throw new IOException("entry outside the archive: " + entry.getName());
                }
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            }
        }
    }

    private static void deleteOld(Path dir) throws IOException {
        Path files = dir.resolve("files");
        if (Files.isDirectory(files)) {
            try (var old = Files.list(files)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("conversation-flows")) ? here : here.getParent();
    }

    /** A screenshot drawn for the example: a title bar and a few lines, as a phone would show them. */
    record Shot(String name, byte[] png) {
        static Shot of(String name, String title, String... lines) {
            BufferedImage image = new BufferedImage(480, 150 + 28 * lines.length, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(new Color(0x1877F2));
            g.fillRect(0, 0, image.getWidth(), 56);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
            g.drawString(title, 18, 36);
            g.setColor(new Color(0x222222));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 17));
            for (int i = 0; i < lines.length; i++) {
                g.drawString(lines[i], 18, 100 + 28 * i);
            }
            g.dispose();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            try {
                ImageIO.write(image, "png", png);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Shot(name, png.toByteArray());
        }
    }

    private static List<Example> examples() {
        return List.of(
                new Example("facebook/fraudulent-event", Locale.FRANCE, Map.of(
                        "fake-event-url", "le faux : https://www.facebook.com/events/4471092385561/",
                        "event-url", "https://www.facebook.com/events/9182736450012/",
                        "event-id", "9182736450012",
                        "username", "claire.dubois.concerts",
                        "account-email", "claire.dubois@example.org",
                        "noticed-at", "samedi vers 18h",
                        "screenshots", Shot.of("faux-evenement.png", "Concert de Noël — Billets",
                                "Événement organisé par « Concerts Dubois Officiel »",
                                "Billetterie : billets-concert-noel.shop", "Samedi 19 décembre · 20 h")),
                        "organizer",
                        "Samedi vers 18 h, une participante m’a envoyé le lien d’un événement qui copie le mien : même affiche,"
                                + " même date, mais la billetterie renvoie vers un site inconnu. Une dizaine de personnes disent"
                                + " avoir déjà payé leurs billets sur ce site.",
                        "Des participants ont payé de faux billets et m’accusent d’arnaque ; le concert du 19 décembre"
                                + " risque de se jouer devant une salle à moitié vide.",
                        0, List.of("Claire Dubois, claire.dubois@example.org"),
                        "Mon numéro de dossier : 1129384756",
                        "le faux événement est toujours en ligne et trois autres personnes ont payé"),
                new Example("facebook/fraudulent-event", Locale.UK, Map.of(
                        "fake-event-url", "the fake one: https://www.facebook.com/events/4471092385561/",
                        "event-url", "https://www.facebook.com/events/9182736450012/",
                        "event-id", "9182736450012",
                        "username", "sarah.collins.live",
                        "account-email", "sarah.collins@example.org",
                        "noticed-at", "saturday around 6pm",
                        "screenshots", Shot.of("fake-event.png", "Christmas Concert — Tickets",
                                "Event by “Collins Live Official”",
                                "Tickets: christmas-concert-tickets.shop", "Saturday 19 December · 8 pm")),
                        "organizer",
                        "On Saturday around 6 pm, an attendee sent me the link to an event that copies mine: same poster,"
                                + " same date, but the tickets go to a website I do not know. About ten people say they have"
                                + " already paid for their tickets there.",
                        "Attendees have paid for fake tickets and accuse me of running a scam; the concert on 19 December"
                                + " may be played to a half-empty hall.",
                        0, List.of("Sarah Collins, +44 20 7946 0461"),
                        "My case number is 1129384756",
                        "the fake event is still online and three more people have paid"),
                new Example("whatsapp/account-banned", Locale.FRANCE, Map.of(
                        "phone", "01 99 00 45 12",
                        "banned-at", "hier vers 8h15",
                        "ban-screen", Shot.of("ecran-whatsapp.png", "WhatsApp",
                                "Ce compte n’est pas autorisé à utiliser WhatsApp.",
                                "Demander un examen")),
                        "owner",
                        "Hier matin, WhatsApp m’a affiché « Ce compte n’est pas autorisé à utiliser WhatsApp ». Je n’utilise"
                                + " ce numéro que pour ma famille et mes clients de plomberie, et je n’ai jamais envoyé de"
                                + " messages en masse. J’ai demandé un examen dans l’application, sans réponse pour l’instant.",
                        "Mes clients ne peuvent plus me joindre pour leurs rendez-vous de la semaine.",
                        0, List.of("Karim Benali", "tap:" + SignatureStage.USE_CONTACT + "0"),
                        "je n’ai pas reçu de numéro", "rien de nouveau"),
                new Example("whatsapp/account-banned", Locale.UK, Map.of(
                        "phone", "020 7946 0734",
                        "banned-at", "yesterday at 8:15am",
                        "ban-screen", Shot.of("whatsapp-screen.png", "WhatsApp",
                                "This account is not allowed to use WhatsApp.", "Request a review")),
                        "owner",
                        "Yesterday morning WhatsApp told me “This account is not allowed to use WhatsApp”. I only use this"
                                + " number for my family and my plumbing customers, and I have never sent bulk messages."
                                + " I requested a review in the app and have had no answer so far.",
                        "My customers cannot reach me to book or move their appointments this week.",
                        0, List.of("Tom Hughes", "tap:" + SignatureStage.USE_CONTACT + "0"),
                        "no number", "nothing new"),
                new Example("facebook/content-removed", Locale.FRANCE, Map.of(
                        "post-url", "https://www.facebook.com/jardinsducanal/posts/7732041",
                        "removed-at", "le 3 décembre à 9h30",
                        "notice", Shot.of("notification.png", "Facebook",
                                "Votre publication va à l’encontre de nos",
                                "Standards de la communauté (produits réglementés).")),
                        "page-admin",
                        "Nous avons publié l’affiche de notre fête de quartier du 13 décembre. Le lendemain, Facebook l’a"
                                + " retirée pour « produits réglementés », alors qu’elle ne montre que des légumes et une buvette"
                                + " sans alcool.",
                        "Nous ne pouvons plus annoncer la fête sur notre page, à dix jours de la date.",
                        0, List.of("Inès Moreau, pour l’association Les Jardins du Canal", "tap:" + SignatureStage.NO_CONTACT),
                        "pas de numéro", "la publication n’a toujours pas été rétablie et la fête approche"),
                new Example("facebook/content-removed", Locale.UK, Map.of(
                        "post-url", "https://www.facebook.com/canalgardens/posts/7732041",
                        "removed-at", "3 December at 9:30am",
                        "notice", Shot.of("notice.png", "Facebook",
                                "Your post goes against our Community",
                                "Standards (regulated goods).")),
                        "page-admin",
                        "We posted the poster for our street party on 13 December. The next day Facebook removed it for"
                                + " “regulated goods”, although it only shows vegetables and an alcohol-free drinks stall.",
                        "We can no longer announce the party on our page, ten days before it takes place.",
                        0, List.of("Grace Miller, for the Canal Gardens association", "tap:" + SignatureStage.NO_CONTACT),
                        "no number", "the post has still not been restored and the party is getting close"));
    }
}
