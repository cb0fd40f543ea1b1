package app.relais.bot.messenger;

import app.relais.bot.channel.Inbox;
import app.relais.conversation.ConversationEngine;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.Dispatch;
import app.relais.conversation.Inbound;
import app.relais.conversation.Replies;
import app.relais.conversation.Reply;
import app.relais.files.FileIntake;
import app.relais.i18n.Messages;
import app.relais.outbox.Outlet;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles one person's event inside their lane: notes when they wrote (Messenger's windows count
 * from it), shows "typing…", fetches and checks files like web uploads (by content, hashed), asks
 * the engine. The event is marked handled in the turn's own transaction, and the turn's replies
 * go out from the conversation's outbox after anything the person is still owed: a crash after
 * the commit never handles the event again, and the next start sends what it still owes. A secret
 * the engine masked leaves what Relais keeps of the message, and /forget empties the person's
 * stored events; both are told what stays in Messenger, which Relais cannot erase (notes added
 * live, not stored with the turn). A failure is logged without contents and the person gets a
 * short apology; what they gave before is kept by the engine.
 */
final class EventHandler {

    private static final Logger log = LoggerFactory.getLogger(EventHandler.class);

    private final InboundMapper mapper;
    private final ConversationEngine engine;
    private final FileIntake intake;
    private final GraphClient graph;
    private final Contacts contacts;
    private final Inbox inbox;
    private final MessengerSender sender;
    private final Function<ConversationKey, Locale> languages;
    private final Clock clock;

    EventHandler(InboundMapper mapper, ConversationEngine engine, FileIntake intake, GraphClient graph,
                 Contacts contacts, Inbox inbox, MessengerSender sender, Function<ConversationKey, Locale> languages,
                 Clock clock) {
        this.mapper = mapper;
        this.engine = engine;
        this.intake = intake;
        this.graph = graph;
        this.contacts = contacts;
        this.inbox = inbox;
        this.sender = sender;
        this.languages = languages;
        this.clock = clock;
    }

    /**
     * Handles one event; false when cut short by the process stopping: it then stays unhandled in
     * the inbox and is handled after the restart, without an apology for a failure nobody saw.
     */
    boolean handle(MessengerEvent event) {
        String psid = event.psid();
        MessengerInput input = null;
        try {
            contacts.wrote(psid, event.timestamp() > 0 ? Instant.ofEpochMilli(event.timestamp()) : clock.instant());
            input = mapper.map(event, contacts.find(psid).map(Contacts.Contact::numbered).orElse(List.of()));
            sender.typing(psid);
            if (input instanceof MessengerInput.Event answer) {
                turn(event, answer.inbound());
            } else if (input instanceof MessengerInput.Files incoming) {
                takeFiles(event, incoming);
            } else {
                say(psid, "messenger.message.unsupported");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            if (Thread.currentThread().isInterrupted()) {
                return false;
            }
            log.warn("Messenger event of {} failed ({})", InboundMapper.keyOf(psid), e.getClass().getName());
            log.debug("event failure", e);
            apologise(psid);
        }
        return true;
    }

    private void turn(MessengerEvent event, Inbound inbound) {
        Replies answer = inbox.handledWith(event.id(), clock.instant(), () -> engine.handle(inbound));
        Messages texts = Messages.of(answer.language() != null ? answer.language() : "fr");
        Outlet outlet = sender;
        if (answer.masked()) {
            // What Relais keeps of the message loses the secret; Messenger's copy is the person's to remove.
            inbox.redact(event.id(), mapper.withText(event, answer.maskedText()));
            if (!answer.replies().isEmpty()) {
                // Right after the engine's warning; said once, live: not part of the committed turn.
                outlet = sender.withNoteAfterFirst(answer.id(), Reply.text(texts.get("messenger.secret.delete-it")));
            }
        }
        if (answer.erased()) {
            forget(event.psid());
            // The answer to /forget is not stored (nothing of the conversation is): add to it freely.
            List<Reply> all = new ArrayList<>(answer.replies());
            all.add(Reply.text(texts.get("messenger.forget.chat")));
            answer = new Replies(all, 0, answer.language(), answer.maskedText(), true);
        }
        sender.send(Dispatch.of(inbound.key(), answer), outlet);
    }

    /**
     * /forget: the engine erased the conversation (its outbox with it); the channel empties the
     * events it kept of the person and forgets the list they were last shown. When
     * they last wrote stays: Messenger lets the confirmation out only within 24 hours of it, and it
     * is forgotten after a week of silence.
     */
    private void forget(String psid) {
        int erased = inbox.erase(psid);
        contacts.numbered(psid, List.of());
        log.info("{} forgotten on Messenger ({} stored events emptied)", InboundMapper.keyOf(psid), erased);
    }

    private void takeFiles(MessengerEvent event, MessengerInput.Files incoming) throws InterruptedException {
        Messages texts = Messages.of(languages.apply(incoming.key()));
        List<String> accepted = new ArrayList<>();
        for (MessengerInput.IncomingFile file : incoming.files()) {
            GraphClient.Download download;
            try {
                download = graph.download(file.url(), FileIntake.MAX_BYTES);
            } catch (IOException e) {
                log.warn("an attachment of {} could not be fetched ({})", incoming.key(), e.getClass().getName());
                sender.sendAside(incoming.key(), List.of(Reply.text(texts.get("messenger.file.unreadable", file.name()))));
                continue;
            }
            FileIntake.Outcome outcome = download instanceof GraphClient.TooLarge tooLarge
                    ? new FileIntake.TooLarge(tooLarge.size(), FileIntake.MAX_BYTES)
                    : intake.accept(incoming.key(), file.name(), ((GraphClient.Fetched) download).content());
            if (outcome instanceof FileIntake.Accepted ok) {
                accepted.add(ok.file().id());
            } else {
                sender.sendAside(incoming.key(), List.of(Reply.text(FileIntake.refusal(outcome, texts))));
            }
        }
        if (!accepted.isEmpty()) {
            turn(event, new Inbound.Attachment(incoming.key(), accepted, null, null));
        }
    }

    private void say(String psid, String key) {
        Messages texts = Messages.of(languages.apply(InboundMapper.keyOf(psid)));
        sender.sendAside(InboundMapper.keyOf(psid), List.of(Reply.text(texts.get(key))));
    }

    private void apologise(String psid) {
        try {
            say(psid, "messenger.error");
        } catch (RuntimeException e) {
            log.warn("the apology could not be sent either ({})", e.getClass().getName());
        }
    }
}
