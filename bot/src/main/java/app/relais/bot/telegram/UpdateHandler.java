package app.relais.bot.telegram;

import app.relais.bot.channel.Inbox;
import app.relais.conversation.ConversationEngine;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.Dispatch;
import app.relais.conversation.Inbound;
import app.relais.conversation.Replies;
import app.relais.conversation.Reply;
import app.relais.files.FileIntake;
import app.relais.i18n.Messages;
import app.relais.outbox.OutboxSender;
import app.relais.outbox.Outlet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Handles one update inside its chat's lane: answers a button tap at once (Telegram shows a
 * spinner until it is answered), fetches and checks files, gathers albums, asks the engine, sends
 * the replies. The update's turn is committed together with the update marked handled, and its
 * replies go out from the conversation's outbox: a crash after the commit never handles the update
 * again, and the next start sends what it still owes. A failure is logged without contents and the
 * user gets a short apology; nothing propagates to the poller.
 */
final class UpdateHandler {

    private static final Logger log = LoggerFactory.getLogger(UpdateHandler.class);
    /** What is kept of an update that held a secret, once handled: nothing. */
    private static final String EMPTY_UPDATE = "{}";

    private final InboundMapper mapper;
    private final ConversationEngine engine;
    private final FileIntake intake;
    private final TelegramFiles files;
    private final ReplyRenderer renderer;
    private final TelegramSender sender;
    private final TelegramClient client;
    private final AlbumCollector albums;
    private final Inbox inbox;
    private final OutboxSender outbox;
    private final TelegramOutlet outlet;
    private final Clock clock;
    private volatile AgentsGroup agents;
    private volatile OutageNotices notices = OutageNotices.NONE;

    UpdateHandler(InboundMapper mapper, ConversationEngine engine, FileIntake intake, TelegramFiles files,
                  ReplyRenderer renderer, TelegramSender sender, TelegramClient client, AlbumCollector albums,
                  Inbox inbox, OutboxSender outbox, Clock clock) {
        this.mapper = mapper;
        this.inbox = inbox;
        this.outbox = outbox;
        this.outlet = new TelegramOutlet(renderer, sender);
        this.clock = clock;
        this.albums = albums;
        this.engine = engine;
        this.intake = intake;
        this.files = files;
        this.renderer = renderer;
        this.sender = sender;
        this.client = client;
    }

    /**
     * Handles one update; false when it was cut short by the process stopping (the thread was
     * interrupted): it then stays pending in the inbox and is handled after the restart, without an
     * apology for a failure the user never saw.
     */
    boolean handle(Update update) {
        AgentsGroup group = agents;
        if (group != null && group.isFrom(update)) {
            if (update.hasCallbackQuery()) {
                answerCallback(update.getCallbackQuery().getId());
            }
            group.handle(update);
            return true;
        }
        TelegramInput input = mapper.map(update);
        try {
            if (input instanceof TelegramInput.Event event) {
                if (event.callbackId() != null) {
                    answerCallback(event.callbackId());
                }
                flushAlbums(event.chatId());
                deliver(event.chatId(), event.inbound(), update.getUpdateId(), event.messageId());
            } else if (input instanceof TelegramInput.Files incoming) {
                if (incoming.mediaGroupId() == null) {
                    flushAlbums(incoming.chatId());
                }
                takeFiles(incoming, update.getUpdateId());
            } else if (input instanceof TelegramInput.Unsupported unsupported) {
                flushAlbums(unsupported.chatId());
                say(unsupported.chatId(), unsupported.locale(), "telegram.message.unsupported");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            if (Thread.currentThread().isInterrupted()) {
                return false;
            }
            log.warn("update {} failed ({})", update.getUpdateId(), e.getClass().getName());
            log.debug("update failure", e);
            apologise(input);
        }
        return true;
    }

    /** Called in the chat's lane once an album has been quiet for its window. */
    void albumsQuiet(long chatId) {
        try {
            flushAlbums(chatId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("an album could not be handled ({})", e.getClass().getName());
            log.debug("album failure", e);
        }
    }

    /** Sends the chat's gathered albums to the engine, one attachment event per album. */
    void flushAlbums(long chatId) throws Exception {
        for (Inbound.Attachment album : albums.drain(chatId)) {
            deliver(chatId, album, null, null);
        }
    }

    /** Sends what the chat's conversation is owed (after a restart, a failed send), in its lane. */
    void sendOwed(ConversationKey key) {
        outbox.flush(key, 0, outlet);
    }

    /** Chats left owing replies after a failed send, to try again later. */
    Set<ConversationKey> behind() {
        return outbox.behind();
    }

    /** Sends a dispatch committed outside a turn (a reminder, an agent's answer), in the chat's lane. */
    void send(Dispatch dispatch) {
        outbox.send(dispatch, outlet);
    }

    /** Sends replies that are not part of the conversation (a refused file, the agents' group), in order. */
    void send(long chatId, List<Reply> replies) throws Exception {
        for (Reply reply : replies) {
            for (Outgoing message : renderer.render(chatId, reply)) {
                sender.send(message);
            }
        }
    }

    /**
     * One turn: {@code updateId} (null for an album gathered from several updates) is marked handled
     * in the turn's own transaction; the replies go out from the outbox, after anything older the
     * chat is still owed. {@code messageId}: the person's message being answered, when there is one
     * (not a button, not an album), deleted when it held a secret.
     */
    private void deliver(long chatId, Inbound inbound, Integer updateId, Integer messageId) throws Exception {
        Replies replies = updateId == null ? engine.handle(inbound)
                : inbox.handledWith(String.valueOf(updateId), clock.instant(), () -> engine.handle(inbound));
        Outlet out = outlet;
        if (replies.masked() && updateId != null) {
            // The update as received holds the secret; handled now, nothing needs it: kept empty.
            inbox.redact(String.valueOf(updateId), EMPTY_UPDATE);
        }
        if (replies.erased()) {
            int emptied = inbox.erase(String.valueOf(chatId));
            log.info("update {}: /forget, {} stored updates of the chat emptied", updateId, emptied);
        }
        if (replies.masked() && !replies.replies().isEmpty()) {
            // The engine's warning comes first; what became of the message in the chat follows it.
            // Said once, live: not part of the committed turn, so not repeated after a crash.
            out = afterFirst(chatId, replies.id(), Reply.text(Messages.of(replies.language()).get(
                    deleted(chatId, messageId) ? "telegram.secret.deleted" : "telegram.secret.delete-it")));
        }
        if (replies.erased()) {
            // The answer to /forget is not stored (nothing of the conversation is): add to it freely.
            List<Reply> all = new ArrayList<>(replies.replies());
            all.add(Reply.text(Messages.of(replies.language()).get("telegram.forget.chat")));
            replies = new Replies(all, 0, replies.language(), replies.maskedText(), true);
        }
        Optional<String> notice = notices.forChat(chatId, inbound.locale());
        if (notice.isPresent() && !replies.replies().isEmpty()) {
            // During an outage the bot opens its answers with the news, once per chat and incident
            // update. Not part of the turn: if it cannot be sent, the answers still go.
            try {
                send(chatId, List.of(Reply.text(notice.get())));
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                log.warn("the outage notice could not be sent ({})", e.getClass().getName());
            }
        }
        outbox.send(Dispatch.of(inbound.key(), replies), out);
    }

    /** Routes the agents' group to the hand-off desk instead of the engine. */
    void agents(AgentsGroup group) {
        this.agents = group;
    }

    void notices(OutageNotices value) {
        this.notices = value;
    }

    private void takeFiles(TelegramInput.Files incoming, Integer updateId) throws Exception {
        List<String> accepted = new ArrayList<>();
        for (TelegramInput.IncomingFile file : incoming.files()) {
            TelegramFiles.Download download = files.fetch(file);
            if (download instanceof TelegramFiles.TooLarge tooLarge) {
                refuseTooLarge(incoming, file.name(), tooLarge.size());
                continue;
            }
            byte[] content = ((TelegramFiles.Fetched) download).content();
            FileIntake.Outcome outcome = intake.accept(incoming.key(), file.name(), content);
            if (outcome instanceof FileIntake.Accepted ok) {
                accepted.add(ok.file().id());
            } else if (outcome instanceof FileIntake.TooLarge tooLarge) {
                refuseTooLarge(incoming, file.name(), tooLarge.size());
            } else {
                say(incoming.chatId(), incoming.locale(), "telegram.file.unsupported", file.name());
            }
        }
        if (accepted.isEmpty()) {
            return;
        }
        if (incoming.mediaGroupId() != null) {
            albums.add(incoming.chatId(), incoming.mediaGroupId(), incoming.key(), incoming.locale(),
                    accepted, incoming.caption());
        } else {
            deliver(incoming.chatId(), new Inbound.Attachment(incoming.key(), accepted, incoming.caption(),
                    incoming.locale()), updateId, incoming.messageId());
        }
    }

    private void refuseTooLarge(TelegramInput.Files incoming, String name, long size) throws Exception {
        say(incoming.chatId(), incoming.locale(), "telegram.file.too-large", name,
                String.format(Locale.ROOT, "%.1f", size / 1024.0 / 1024.0), FileIntake.MAX_BYTES / 1024 / 1024);
    }

    /**
     * The chat's outlet, sending {@code note} right after the first reply of turn {@code turnId}
     * (older replies the chat is still owed go out first, without it).
     */
    private Outlet afterFirst(long chatId, long turnId, Reply note) {
        return (dispatch, index) -> {
            outlet.send(dispatch, index);
            if (index == 0 && dispatch.id() == turnId) {
                send(chatId, List.of(note));
            }
        };
    }

    /**
     * Deletes the person's message that held a password. Telegram lets a bot delete what a person
     * sent it in a private chat for 48 hours; a refusal (older, or a group) leaves it to the person.
     */
    private boolean deleted(long chatId, Integer messageId) {
        if (messageId == null) {
            return false;
        }
        try {
            return Boolean.TRUE.equals(client.execute(new DeleteMessage(String.valueOf(chatId), messageId)));
        } catch (Exception e) {
            log.info("a message holding a secret could not be deleted ({})", e.getClass().getName());
            return false;
        }
    }

    private void answerCallback(String callbackId) {
        try {
            client.execute(new AnswerCallbackQuery(callbackId));
        } catch (Exception e) {
            // The tap is still handled: an unanswered callback only leaves a spinner on the button.
            log.warn("answerCallbackQuery failed ({})", e.getClass().getName());
        }
    }

    private void say(long chatId, Locale locale, String key, Object... args) throws Exception {
        send(chatId, List.of(Reply.text(Messages.of(locale).get(key, args))));
    }

    private void apologise(TelegramInput input) {
        Long chatId = null;
        Locale locale = null;
        if (input instanceof TelegramInput.Event event) {
            chatId = event.chatId();
            locale = event.inbound().locale();
        } else if (input instanceof TelegramInput.Files incoming) {
            chatId = incoming.chatId();
            locale = incoming.locale();
        }
        if (chatId == null) {
            return;
        }
        try {
            say(chatId, locale, "telegram.error");
        } catch (Exception e) {
            log.warn("the apology could not be sent either ({})", e.getClass().getName());
        }
    }
}
