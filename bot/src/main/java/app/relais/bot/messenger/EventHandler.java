package app.relais.bot.messenger;

import app.relais.conversation.ConversationEngine;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.Inbound;
import app.relais.conversation.Reply;
import app.relais.files.FileIntake;
import app.relais.i18n.Messages;
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
 * the engine, and queues the replies behind anything still waiting for them, then sends. A
 * failure is logged without contents and the person gets a short apology; what they gave before
 * is kept by the engine.
 */
final class EventHandler {

    private static final Logger log = LoggerFactory.getLogger(EventHandler.class);

    private final InboundMapper mapper;
    private final ConversationEngine engine;
    private final FileIntake intake;
    private final GraphClient graph;
    private final Contacts contacts;
    private final MessengerSender sender;
    private final Function<ConversationKey, Locale> languages;
    private final Clock clock;

    EventHandler(InboundMapper mapper, ConversationEngine engine, FileIntake intake, GraphClient graph,
                 Contacts contacts, MessengerSender sender, Function<ConversationKey, Locale> languages, Clock clock) {
        this.mapper = mapper;
        this.engine = engine;
        this.intake = intake;
        this.graph = graph;
        this.contacts = contacts;
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
                turn(psid, answer.inbound());
            } else if (input instanceof MessengerInput.Files incoming) {
                takeFiles(incoming);
            } else {
                say(psid, "messenger.message.unsupported");
            }
            sender.sendNow(psid);
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

    private void turn(String psid, Inbound inbound) {
        sender.queue(psid, engine.handle(inbound).replies(), PendingReplies.Kind.RESPONSE);
    }

    private void takeFiles(MessengerInput.Files incoming) throws InterruptedException {
        String psid = incoming.psid();
        Messages texts = Messages.of(languages.apply(incoming.key()));
        List<String> accepted = new ArrayList<>();
        for (MessengerInput.IncomingFile file : incoming.files()) {
            GraphClient.Download download;
            try {
                download = graph.download(file.url(), FileIntake.MAX_BYTES);
            } catch (IOException e) {
                log.warn("an attachment of {} could not be fetched ({})", incoming.key(), e.getClass().getName());
                sender.queue(psid, List.of(Reply.text(texts.get("messenger.file.unreadable", file.name()))),
                        PendingReplies.Kind.RESPONSE);
                continue;
            }
            FileIntake.Outcome outcome = download instanceof GraphClient.TooLarge tooLarge
                    ? new FileIntake.TooLarge(tooLarge.size(), FileIntake.MAX_BYTES)
                    : intake.accept(incoming.key(), file.name(), ((GraphClient.Fetched) download).content());
            if (outcome instanceof FileIntake.Accepted ok) {
                accepted.add(ok.file().id());
            } else {
                sender.queue(psid, List.of(Reply.text(FileIntake.refusal(outcome, texts))), PendingReplies.Kind.RESPONSE);
            }
        }
        if (!accepted.isEmpty()) {
            turn(psid, new Inbound.Attachment(incoming.key(), accepted, null, null));
        }
    }

    private void say(String psid, String key) {
        Messages texts = Messages.of(languages.apply(InboundMapper.keyOf(psid)));
        sender.queue(psid, List.of(Reply.text(texts.get(key))), PendingReplies.Kind.RESPONSE);
    }

    private void apologise(String psid) {
        try {
            say(psid, "messenger.error");
            sender.sendNow(psid);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("the apology could not be sent either ({})", e.getClass().getName());
        }
    }
}
