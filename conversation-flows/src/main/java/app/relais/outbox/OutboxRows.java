package app.relais.outbox;

import app.relais.conversation.Author;
import app.relais.conversation.Dispatch;
import app.relais.conversation.FileRef;
import app.relais.conversation.Inbound;
import app.relais.conversation.Reply;
import app.relais.store.LogEntry;
import app.relais.store.MessageTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** What every outbox implementation reads the same way from a conversation's rows. */
public final class OutboxRows {

    /** How many of the latest rows a client's "last seen" id may bring back (a resumed web chat). */
    public static final int RESENT_ROWS = 20;

    private OutboxRows() {
    }

    /**
     * The dispatches owed from {@code rows} (one conversation's, oldest first; see {@link
     * Outbox#owed}): those not fully sent and, among the latest {@link #RESENT_ROWS} rows with a
     * reply above {@code seenUpTo} (0: none), those rows; each starts at its first reply neither
     * sent nor seen.
     */
    public static List<Dispatch> owed(List<Dispatch> rows, long seenUpTo) {
        List<Dispatch> unseen = seenUpTo <= 0 ? List.of()
                : rows.stream().filter(row -> unseenFrom(row, seenUpTo) < row.replies().size()).toList();
        List<Dispatch> resent = unseen.subList(Math.max(0, unseen.size() - RESENT_ROWS), unseen.size());
        List<Dispatch> owed = new ArrayList<>();
        for (Dispatch row : rows) {
            int from = resent.contains(row) ? Math.min(row.sent(), unseenFrom(row, seenUpTo)) : row.sent();
            if (from < row.replies().size()) {
                owed.add(new Dispatch(row.key(), row.id(), row.author(), row.name(), row.language(), row.replies(), from));
            }
        }
        return owed;
    }

    /**
     * The transcript of {@code rows} (one conversation's, oldest first). A tapped button is shown
     * by the label it had in the bot's latest message offering it; files the person sent are
     * named by {@code files} (by file id; empty when the file is gone).
     */
    public static List<LogEntry> entries(List<OutboxRow> rows, Function<String, Optional<FileRef>> files) {
        List<LogEntry> entries = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        for (OutboxRow row : rows) {
            Dispatch out = row.dispatch();
            var at = MessageTime.instant(out.id());
            if (row.person() != null) {
                entries.add(new LogEntry(out.id() * Dispatch.PER_ROW, Author.PERSON, null, at,
                        said(row.person(), labels), sentFiles(row.person(), files), true));
            }
            for (int i = 0; i < out.replies().size(); i++) {
                Reply reply = out.replies().get(i);
                reply.choices().forEach(c -> labels.put(c.id(), c.label()));
                entries.add(new LogEntry(out.messageId(i), out.author(), out.name(), at, reply.text(), reply.files(),
                        i < out.sent()));
            }
        }
        return entries;
    }

    /** The index of the first reply of {@code row} whose id is above {@code seenUpTo}. */
    private static int unseenFrom(Dispatch row, long seenUpTo) {
        long seen = seenUpTo - row.id() * Dispatch.PER_ROW;
        return (int) Math.max(0, Math.min(row.replies().size(), seen));
    }

    private static String said(Inbound person, Map<String, String> labels) {
        if (person instanceof Inbound.Text text) {
            return text.text();
        }
        if (person instanceof Inbound.Choice choice) {
            return labels.getOrDefault(choice.choiceId(), choice.choiceId());
        }
        if (person instanceof Inbound.Command command) {
            return "/" + command.name() + (command.argument().isEmpty() ? "" : " " + command.argument());
        }
        String caption = ((Inbound.Attachment) person).caption();
        return caption == null ? "" : caption;
    }

    private static List<FileRef> sentFiles(Inbound person, Function<String, Optional<FileRef>> files) {
        if (!(person instanceof Inbound.Attachment attachment)) {
            return List.of();
        }
        return attachment.fileIds().stream().map(files).flatMap(Optional::stream).toList();
    }
}
