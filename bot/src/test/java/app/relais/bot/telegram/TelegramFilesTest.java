package app.relais.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.conversation.ConversationEngine;
import app.relais.conversation.Inbound;
import app.relais.files.FileIntake;
import app.relais.files.StoredFile;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Photos, documents and albums arrive as real files, checked by content; bad ones get a clear answer. */
class TelegramFilesTest {

    private static final long CHAT = 5518273641L;

    private final List<Inbound> seenByEngine = new CopyOnWriteArrayList<>();
    private final List<Runnable> albumTimers = new ArrayList<>();
    private TelegramHarness telegram;

    private TelegramChat chat(String languageCode) throws Exception {
        telegram = new TelegramHarness(b -> b.delays((delay, task) -> {
            synchronized (albumTimers) {
                albumTimers.add(task);
            }
            return () -> {
                synchronized (albumTimers) {
                    albumTimers.remove(task);
                }
            };
        }), this::recording);
        return telegram.chat(CHAT, languageCode);
    }

    private ConversationEngine recording(ConversationEngine engine) {
        return inbound -> {
            seenByEngine.add(inbound);
            return engine.handle(inbound);
        };
    }

    @AfterEach
    void stop() {
        if (telegram != null) {
            telegram.close();
        }
    }

    @Test
    void aPhotoIsDownloadedInItsLargestSizeAndKeepsItsCaption() throws Exception {
        TelegramChat chat = chat("fr");
        chat.sendsPhoto(TelegramHarness.bytes("/fixtures/screenshot.png"), "l’alerte reçue");

        assertThat(telegram.api.calls("getFile")).singleElement()
                .satisfies(c -> assertThat(c.body().path("file_id").asText()).startsWith("photo-"));
        Inbound.Attachment attachment = onlyAttachment();
        assertThat(attachment.caption()).isEqualTo("l’alerte reçue");
        StoredFile stored = telegram.relais.core().files().find(attachment.fileIds().get(0)).orElseThrow();
        assertThat(stored.mime()).isEqualTo("image/png");
        assertThat(stored.name()).isEqualTo("photo-57.png");
    }

    @Test
    void aPdfSentAsADocumentIsAccepted() throws Exception {
        TelegramChat chat = chat("fr");
        byte[] pdf = TelegramHarness.bytes("/fixtures/notice.pdf");
        chat.sendsDocument("plainte.pdf", pdf, pdf.length);

        StoredFile stored = telegram.relais.core().files().find(onlyAttachment().fileIds().get(0)).orElseThrow();
        assertThat(stored.mime()).isEqualTo("application/pdf");
        assertThat(stored.name()).isEqualTo("plainte.pdf");
        assertThat(stored.size()).isEqualTo(pdf.length);
    }

    @Test
    void anExecutableRenamedPngIsRefusedClearlyAndNothingIsStored() throws Exception {
        TelegramChat chat = chat("fr");
        byte[] exe = TelegramHarness.bytes("/telegram/files/setup.exe.png");
        chat.sendsDocument("capture.png", exe, exe.length)
                .expect("Je ne peux pas accepter « capture.png »")
                .expect("seules les images");

        assertThat(seenByEngine).noneMatch(i -> i instanceof Inbound.Attachment);
        assertThat(telegram.relais.core().files().ownedBy(InboundMapper.keyOf(CHAT))).isEmpty();
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutBeingDownloaded() throws Exception {
        TelegramChat chat = chat("en");
        chat.sendsDocument("video-capture.pdf", new byte[16], FileIntake.MAX_BYTES + 1)
                .expect("The file “video-capture.pdf” is too large")
                .expect("the limit is 10 MB");

        assertThat(telegram.api.calls("getFile")).isEmpty();
        assertThat(telegram.api.downloads()).isEmpty();
        assertThat(seenByEngine).noneMatch(i -> i instanceof Inbound.Attachment);
    }

    @Test
    void aFileLargerThanAnnouncedIsRefusedAfterTheLimit() throws Exception {
        TelegramChat chat = chat("fr");
        byte[] big = new byte[(int) FileIntake.MAX_BYTES + 10];
        chat.sendsDocument("scan.pdf", big, 2048).expect("est trop lourd");
        assertThat(seenByEngine).noneMatch(i -> i instanceof Inbound.Attachment);
    }

    @Test
    void anAlbumBecomesOneAttachmentWithEveryPhoto() throws Exception {
        TelegramChat chat = chat("fr");
        byte[] png = TelegramHarness.bytes("/fixtures/screenshot.png");
        ObjectNode first = albumItem(chat, "album-1.json", "a", png);
        ObjectNode second = albumItem(chat, "album-2.json", "b", png);
        telegram.api.push(first);
        telegram.api.push(second);
        telegram.awaitQuiet();
        assertThat(seenByEngine).noneMatch(i -> i instanceof Inbound.Attachment);

        // The album has been quiet for its window.
        fireAlbumTimers();
        Inbound.Attachment album = awaitAttachment();
        assertThat(album.fileIds()).hasSize(2);
        assertThat(album.caption()).isEqualTo("les faux profils");
        assertThat(seenByEngine).filteredOn(i -> i instanceof Inbound.Attachment).hasSize(1);
    }

    @Test
    void aMessageAfterAnAlbumFlushesTheAlbumFirst() throws Exception {
        TelegramChat chat = chat("fr");
        byte[] png = TelegramHarness.bytes("/fixtures/screenshot.png");
        telegram.api.push(albumItem(chat, "album-1.json", "a", png));
        telegram.api.push(albumItem(chat, "album-2.json", "b", png));
        telegram.awaitQuiet();
        chat.says("voilà");

        assertThat(seenByEngine).hasSize(2);
        assertThat(seenByEngine.get(0)).isInstanceOf(Inbound.Attachment.class);
        assertThat(seenByEngine.get(1)).isInstanceOf(Inbound.Text.class);
    }

    @Test
    void aStickerGetsAnExplanationInsteadOfSilence() throws Exception {
        TelegramChat chat = chat("en");
        chat.deliver(chat.message("sticker.json")).expect("I read text, buttons, photos and documents");
        assertThat(seenByEngine).isEmpty();
    }

    private ObjectNode albumItem(TelegramChat chat, String fixture, String name, byte[] content) {
        ObjectNode update = chat.message(fixture);
        String fileId = update.path("message").path("photo").get(1).path("file_id").asText();
        telegram.api.serveFile(fileId, "photos/album-" + name + ".jpg", content, null);
        return update;
    }

    private void fireAlbumTimers() {
        List<Runnable> due;
        synchronized (albumTimers) {
            due = List.copyOf(albumTimers);
            albumTimers.clear();
        }
        due.forEach(Runnable::run);
    }

    private Inbound.Attachment onlyAttachment() {
        List<Inbound> attachments = seenByEngine.stream().filter(i -> i instanceof Inbound.Attachment).toList();
        assertThat(attachments).hasSize(1);
        return (Inbound.Attachment) attachments.get(0);
    }

    /** The album is handed over in the chat's lane after the timer: wait for the engine to see it. */
    private Inbound.Attachment awaitAttachment() throws InterruptedException {
        telegram.api.await(c -> c.method().equals("sendmessage") && seenByEngine.stream()
                .anyMatch(i -> i instanceof Inbound.Attachment), Duration.ofSeconds(20));
        return onlyAttachment();
    }
}
