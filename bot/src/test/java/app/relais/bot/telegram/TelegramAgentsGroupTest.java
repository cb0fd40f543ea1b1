package app.relais.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.catalog.LocalizedText;
import app.relais.conversation.Reply;
import app.relais.outage.ServiceStatus;
import app.relais.testing.Conversation;
import app.relais.testing.InMemoryChannel;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Hand-off with the agents in their Telegram group: tickets arrive there with Take and Close
 * buttons, agents answer by replying, and the answer reaches the customer on their own channel
 * (Telegram, or any other, here the in-memory one); the customer's words come back to the group.
 */
class TelegramAgentsGroupTest {

    private static final long AGENTS = -1001234567890L;
    private static final long CUSTOMER = 5518273641L;

    private TelegramHarness telegram;

    @AfterEach
    void stop() throws Exception {
        if (telegram != null) {
            telegram.close();
        }
    }

    @Test
    void aTelegramCustomerAndAnAgentInTheGroupTalkThroughATicket() throws Exception {
        telegram = new TelegramHarness(UnaryOperator.identity(), engine -> engine);
        telegram.adapter.attachAgents(AGENTS, telegram.relais.core().handoff(), telegram.relais.core().faq());
        // As the application does for every channel adapter: answers written later go out through it.
        telegram.relais.core().registerGateway(telegram.adapter.gateway());
        TelegramChat customer = telegram.chat(CUSTOMER, "fr");
        TelegramChat agents = telegram.chat(AGENTS, "fr");

        customer.says("/human").expect("je passe la main");
        agents.awaitMessage("Nouvelle demande").expectButton("Prendre").expectButton("Clore");
        var ticketPost = agents.last();
        String ticketMessage = ticketPost.get(ticketPost.size() - 1).text();

        agents.taps("Prendre").awaitMessage("est prise par");
        agents.repliesTo(ticketMessage, "Bonjour, je regarde votre compte tout de suite.");
        customer.awaitMessage("Bonjour, je regarde votre compte tout de suite.");

        customer.says("Merci, c’est urgent : mon événement est samedi.");
        assertThat(customer.last()).as("the bot stays silent while an agent owns the conversation").isEmpty();
        agents.awaitMessage("le client écrit : Merci, c’est urgent");

        agents.tapsAmong(ticketPost, "Clore");
        customer.awaitMessage("");
        agents.awaitMessage("est close");
    }

    @Test
    void duringAnOutageTheBotOpensItsAnswersWithTheNewsOncePerWording() throws Exception {
        telegram = new TelegramHarness(UnaryOperator.identity(), engine -> engine);
        telegram.adapter.showOutageNotices(telegram.relais.core().outage());
        telegram.relais.core().outage().declare("messenger", ServiceStatus.OUTAGE,
                new LocalizedText("Messenger ne nous transmet plus vos messages.", "Messenger no longer delivers your messages."),
                null);
        TelegramChat customer = telegram.chat(CUSTOMER, "fr");

        customer.says("/start").expect("Messenger ne nous transmet plus vos messages.");
        assertThat(customer.last().get(0).text()).contains("Messenger ne nous transmet plus vos messages.");
        customer.says("/status");
        assertThat(customer.last()).noneMatch(c -> c.text().contains("Messenger ne nous transmet plus"));
    }

    @Test
    void anAgentInTheGroupAnswersACustomerOfAnotherChannel() throws Exception {
        telegram = new TelegramHarness(UnaryOperator.identity(), engine -> engine);
        telegram.adapter.attachAgents(AGENTS, telegram.relais.core().handoff(), telegram.relais.core().faq());
        InMemoryChannel web = new InMemoryChannel();
        telegram.relais.core().registerGateway(web);
        TelegramChat agents = telegram.chat(AGENTS, "fr");

        Conversation visitor = telegram.relais.french().send("un humain");
        agents.awaitMessage("Nouvelle demande");
        String ticketId = telegram.relais.core().handoff().activeFor(visitor.key()).orElseThrow().id();

        agents.says(ticketId + " Bonjour ! Que puis-je faire pour vous ?");
        assertThat(web.pushedTo(visitor.key())).extracting(Reply::text)
                .anyMatch(t -> t.contains("Bonjour ! Que puis-je faire pour vous ?"));
    }
}
