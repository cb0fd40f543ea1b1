package app.relais.drafting;

import app.relais.conversation.ConversationKey;
import app.relais.conversation.FileRef;
import app.relais.files.FileStore;
import app.relais.files.StoredFile;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The draft as an {@code .eml} file that mail apps open as an unsent message (Outlook honours
 * {@code X-Unsent: 1}; Thunderbird and Apple Mail open it for editing), with the dossier's files
 * attached. Jakarta Mail writes the MIME: UTF-8 subject as RFC 2047 encoded words, a text/plain
 * UTF-8 body, RFC 2231 file names. The subject goes through {@link HeaderText} first, so no user
 * text reaches a header with a line break.
 *
 * <p>Attachments stop at {@link #MAX_ATTACHMENTS_BYTES} in total (mail servers commonly refuse
 * 20-25 MB messages, and base64 adds a third): files that do not fit are left out and named, so
 * the user attaches them by hand.
 */
public final class EmlWriter {

    public static final long MAX_ATTACHMENTS_BYTES = 20L * 1024 * 1024;
    public static final String MIME = "message/rfc822";
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    private final FileStore files;
    private final Clock clock;
    private final long maxAttachmentBytes;
    private final Session session = Session.getInstance(new Properties());

    static {
        // Jakarta Mail looks its StreamProvider up with a ServiceLoader scan of the class path on
        // every encoded header and body (a few hundred µs per draft); named by its system property,
        // it is instantiated directly. Angus Mail's is the one the ServiceLoader would find.
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    public EmlWriter(FileStore files, Clock clock) {
        this(files, clock, MAX_ATTACHMENTS_BYTES);
    }

    public EmlWriter(FileStore files, Clock clock, long maxAttachmentBytes) {
        this.files = files;
        this.clock = clock;
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    /** The file stored for the conversation, and the names of the attachments left out. */
    public record Eml(FileRef file, List<String> leftOut) {
        public Eml {
            leftOut = List.copyOf(leftOut);
        }
    }

    public Eml write(ConversationKey owner, DraftEmail draft, String fileName) {
        try {
            MimeMessage message = new DraftMessage(session);
            if (draft.to() != null) {
                message.setRecipient(MimeMessage.RecipientType.TO, address(draft.to()));
            }
            message.setSubject(HeaderText.oneLine(draft.subject(), HeaderText.MAX_SUBJECT), "UTF-8");
            message.setSentDate(Date.from(clock.instant()));
            message.setHeader("X-Unsent", "1");
            // The request's own language (RFC 3282): it may differ from the chat's.
            message.setHeader("Content-Language", draft.language());
            List<String> leftOut = new ArrayList<>();
            List<MimeBodyPart> attached = attachments(draft.attachments(), leftOut);
            // Internet mail lines end in CRLF (RFC 5322); a bare LF is left to each reader's guess.
            String body = draft.body().replace("\r\n", "\n").replace("\n", "\r\n");
            if (attached.isEmpty()) {
                message.setText(body, "UTF-8", "plain");
            } else {
                MimeMultipart mixed = new MimeMultipart("mixed");
                MimeBodyPart text = new MimeBodyPart();
                text.setText(body, "UTF-8", "plain");
                mixed.addBodyPart(text);
                for (MimeBodyPart part : attached) {
                    mixed.addBodyPart(part);
                }
                message.setContent(mixed);
            }
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            StoredFile stored = files.save(owner, fileName, MIME, out.toByteArray());
            return new Eml(new FileRef(stored.id(), stored.name(), MIME, stored.size()), leftOut);
        } catch (MessagingException e) {
            throw new IllegalStateException("the draft could not be written as a message", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<MimeBodyPart> attachments(List<StoredFile> wanted, List<String> leftOut) throws MessagingException {
        List<MimeBodyPart> parts = new ArrayList<>();
        long total = 0;
        for (StoredFile file : wanted) {
            Optional<byte[]> content = files.content(file.id());
            if (content.isEmpty() || total + content.get().length > maxAttachmentBytes) {
                leftOut.add(file.name());
                continue;
            }
            total += content.get().length;
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(content.get(), file.mime())));
            part.setFileName(file.name());
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            parts.add(part);
        }
        return parts;
    }

    private static InternetAddress address(String text) throws AddressException {
        InternetAddress address = new InternetAddress(text, true);
        address.validate();
        return address;
    }

    /**
     * No Message-ID: the mail app gives the message one when the user sends it, and the default
     * one would carry this server's host name.
     */
    private static final class DraftMessage extends MimeMessage {

        DraftMessage(Session session) {
            super(session);
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            removeHeader("Message-ID");
        }
    }
}
