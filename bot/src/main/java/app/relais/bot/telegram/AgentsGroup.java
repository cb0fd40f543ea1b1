package app.relais.bot.telegram;

import app.relais.catalog.LocalizedText;
import app.relais.conversation.Choice;
import app.relais.conversation.Reply;
import app.relais.handoff.Agent;
import app.relais.handoff.AgentDesk;
import app.relais.handoff.Handoff;
import app.relais.handoff.Ticket;
import app.relais.handoff.TicketMessage;
import app.relais.i18n.Messages;
import app.relais.outage.Faq;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * The agents' Telegram group ({@code RELAIS_AGENTS_CHAT_ID}) as a hand-off desk. Each new ticket is
 * posted with Take and Close buttons; what the customer writes follows. An agent answers by
 * replying to any message of the ticket (or by starting the message with the ticket's id); a reply
 * that is just {@code /faq CODE} sends that canned answer. Updates from this group never reach the
 * engine as a customer conversation. The team speaks French, like the admin notices. Each member
 * acts as themselves ({@code telegram:<user id>}), so a ticket another agent took (here or on the
 * desk) must be taken over with its Take button before answering, and the audit log names them.
 */
final class AgentsGroup implements AgentDesk {

    private static final Logger log = LoggerFactory.getLogger(AgentsGroup.class);
    private static final Pattern TICKET = Pattern.compile("\\b(T-[A-Z0-9]{4,12})\\b");
    private static final Pattern CANNED = Pattern.compile("^/faq\\s+(\\S+)\\s*$");
    static final String TAKE = "agent:take:";
    static final String CLOSE = "agent:close:";

    private final long chatId;
    private final Handoff handoff;
    private final Faq faq;
    private final GroupSender sender;
    private final Messages team = Messages.of("fr");

    /** Sends replies to the group, in its chat lane. */
    interface GroupSender {
        void send(long chatId, List<Reply> replies);
    }

    AgentsGroup(long chatId, Handoff handoff, Faq faq, GroupSender sender) {
        this.chatId = chatId;
        this.handoff = handoff;
        this.faq = faq;
        this.sender = sender;
    }

    long chatId() {
        return chatId;
    }

    boolean isFrom(Update update) {
        Long chat = null;
        if (update.hasMessage()) {
            chat = update.getMessage().getChatId();
        } else if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
            chat = update.getCallbackQuery().getMessage().getChatId();
        }
        return chat != null && chat == chatId;
    }

    /** An agent's tap or message in the group. */
    void handle(Update update) {
        try {
            if (update.hasCallbackQuery()) {
                tapped(update.getCallbackQuery().getData(), agent(update.getCallbackQuery().getFrom()));
            } else if (update.hasMessage() && update.getMessage().hasText()) {
                wrote(update.getMessage());
            }
        } catch (Handoff.TakenByAnotherAgentException e) {
            post(team.get("handoff.group.taken-by-other", e.ticket().id(), e.ticket().agent()));
        } catch (Handoff.UnknownTicketException | Handoff.TicketClosedException e) {
            post(team.get("handoff.group.unavailable", e.getMessage()));
        }
    }

    /**
     * A member of the group as an agent: their Telegram id says who, their first name (Telegram
     * requires one) is what customers see.
     */
    static Agent agent(User user) {
        return new Agent("telegram:" + user.getId(), user.getFirstName());
    }

    @Override
    public void ticketOpened(Ticket ticket, List<TicketMessage> transcript) {
        StringBuilder text = new StringBuilder(team.get("handoff.group.opened", ticket.id(), ticket.conversation().channel()));
        line(text, "handoff.group.name", ticket.name());
        line(text, "handoff.group.contact", ticket.contact());
        line(text, "handoff.group.question", ticket.question());
        if (ticket.summary() != null && !ticket.summary().isBlank()) {
            text.append("\n\n").append(ticket.summary());
        }
        for (TicketMessage message : transcript) {
            text.append("\n• ").append(message.text());
        }
        text.append("\n\n").append(team.get("handoff.group.how-to-answer"));
        sender.send(chatId, List.of(Reply.choose(text.toString(), List.of(
                new Choice(TAKE + ticket.id(), team.get("handoff.group.take")),
                new Choice(CLOSE + ticket.id(), team.get("handoff.group.close"))))));
    }

    @Override
    public void ticketTaken(Ticket ticket) {
        post(team.get("handoff.group.taken", ticket.id(), ticket.agent()));
    }

    @Override
    public void customerWrote(Ticket ticket, String text) {
        post(team.get("handoff.group.customer-wrote", ticket.id(), text));
    }

    @Override
    public void agentWrote(Ticket ticket, Agent agent, String text) {
        if (!agent.id().startsWith("telegram:")) {
            // Answers from the desk: the group sees them; its own members' answers are already in it.
            post(team.get("handoff.group.agent-wrote", ticket.id(), agent.name(), text));
        }
    }

    @Override
    public void ticketClosed(Ticket ticket, Agent by) {
        post(team.get("handoff.group.closed", ticket.id()));
    }

    @Override
    public void notice(LocalizedText text) {
        post(text.fr());
    }

    private void tapped(String data, Agent agent) {
        if (data == null) {
            return;
        }
        if (data.startsWith(TAKE)) {
            handoff.take(data.substring(TAKE.length()), agent);
        } else if (data.startsWith(CLOSE)) {
            handoff.close(data.substring(CLOSE.length()), agent);
        }
    }

    private void wrote(Message message) {
        String text = message.getText().strip();
        Optional<String> ticket = ticketOf(message.getReplyToMessage()).or(() -> leadingTicket(text));
        if (ticket.isEmpty()) {
            return;
        }
        String answer = leadingTicket(text).map(id -> text.substring(text.indexOf(id) + id.length()).strip()).orElse(text);
        Matcher canned = CANNED.matcher(answer);
        if (canned.matches()) {
            Ticket t = handoff.tickets().find(ticket.get()).orElseThrow(() -> new Handoff.UnknownTicketException(ticket.get()));
            answer = faq.byShortCode(canned.group(1)).flatMap(e -> faq.answer(e, java.util.Locale.forLanguageTag(t.language())))
                    .orElse(null);
            if (answer == null) {
                post(team.get("handoff.group.no-canned", canned.group(1)));
                return;
            }
        }
        if (!answer.isBlank()) {
            handoff.reply(ticket.get(), agent(message.getFrom()), answer);
        }
    }

    private static Optional<String> ticketOf(Message repliedTo) {
        if (repliedTo == null || repliedTo.getText() == null) {
            return Optional.empty();
        }
        Matcher m = TICKET.matcher(repliedTo.getText());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<String> leadingTicket(String text) {
        Matcher m = TICKET.matcher(text);
        return m.lookingAt() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private void line(StringBuilder text, String key, String value) {
        if (value != null && !value.isBlank()) {
            text.append('\n').append(team.get(key, value));
        }
    }

    private void post(String text) {
        try {
            sender.send(chatId, List.of(Reply.text(text)));
        } catch (RuntimeException e) {
            log.warn("the agents group could not be told ({})", e.getClass().getName());
        }
    }
}
