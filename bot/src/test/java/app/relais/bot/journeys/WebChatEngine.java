package app.relais.bot.journeys;

import app.relais.conversation.Choice;
import app.relais.conversation.ConversationEngine;
import app.relais.conversation.Expects;
import app.relais.conversation.FileRef;
import app.relais.conversation.Inbound;
import app.relais.conversation.Link;
import app.relais.conversation.Replies;
import app.relais.conversation.Reply;
import app.relais.files.FileStore;
import app.relais.files.StoredFile;
import app.relais.webchat.testing.ChatClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The engine as a web chat user reaches it: each event becomes a frame on a real WebSocket
 * (files are uploaded over HTTP first) and each {@code bot} frame becomes a {@link Reply} again,
 * so transcript tests written for the engine ({@code Conversation}, {@code CatalogJourney}) run
 * unchanged over the real protocol.
 */
final class WebChatEngine implements ConversationEngine {

    private final ChatClient chat;
    private final FileStore localFiles;

    WebChatEngine(ChatClient chat, FileStore localFiles) {
        this.chat = chat;
        this.localFiles = localFiles;
    }

    @Override
    public Replies handle(Inbound inbound) {
        if (inbound instanceof Inbound.Text text) {
            chat.say(text.text());
        } else if (inbound instanceof Inbound.Choice choice) {
            chat.exchange("{\"type\":\"choice\",\"id\":" + quote(choice.choiceId()) + "}");
        } else if (inbound instanceof Inbound.Command command) {
            chat.say(("/" + command.name() + " " + command.argument()).strip());
        } else if (inbound instanceof Inbound.Attachment attachment) {
            for (String id : attachment.fileIds()) {
                StoredFile file = localFiles.find(id).orElseThrow();
                chat.attach(file.name(), localFiles.content(id).orElseThrow());
            }
        }
        return new Replies(replies(chat.last()));
    }

    private static List<Reply> replies(List<JsonNode> frames) {
        List<Reply> replies = new ArrayList<>();
        for (JsonNode frame : frames) {
            if (!ChatClient.type(frame).equals("bot")) {
                continue;
            }
            List<Choice> choices = new ArrayList<>();
            frame.path("choices").forEach(c -> choices.add(new Choice(c.get("id").asText(), c.get("label").asText())));
            List<Link> links = new ArrayList<>();
            frame.path("links").forEach(l -> links.add(new Link(l.get("label").asText(), l.get("url").asText())));
            List<FileRef> files = new ArrayList<>();
            frame.path("files").forEach(f -> files.add(new FileRef(f.get("url").asText(), f.get("name").asText(),
                    f.get("mime").asText(), 0)));
            Expects expects = Expects.valueOf(frame.path("expects").asText("none").toUpperCase(Locale.ROOT));
            replies.add(new Reply(frame.get("text").asText(), choices, links, files, expects));
        }
        return replies;
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
