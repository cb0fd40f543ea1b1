package app.relais.bot.desk;

import app.relais.catalog.EvidenceItem;
import app.relais.conversation.Author;
import app.relais.catalog.Problem;
import app.relais.core.RelaisCore;
import app.relais.dossier.EvidenceEntry;
import app.relais.drafting.DraftBuilder;
import app.relais.drafting.DraftEmail;
import app.relais.files.StoredFile;
import app.relais.handoff.Ticket;
import app.relais.handoff.TicketMessage;
import app.relais.store.CaseData;
import app.relais.store.ConversationSnapshot;
import app.relais.store.ConversationStore;
import app.relais.store.LogEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One conversation as an agent opens it: the transcript (the customer's, the bot's and the agents'
 * messages from the conversation's log, from its first message, with the team's private notes
 * among them), the dossier as it stands now (read from the
 * conversation's stored state, not a copy taken at hand-off), the files, the draft once the bot
 * wrote one. Snapshots are read from the database itself, never from an instance's cache, so every
 * instance shows the same.
 */
final class ConversationView {

    /**
     * One line of the transcript: {@code customer}, {@code bot}, {@code agent}, or a private {@code
     * note}; {@code files}: what the customer sent or the bot gave with it (a draft, a dossier).
     */
    record Line(Instant at, String kind, String name, String text, List<Attached> files) {

        Line {
            files = List.copyOf(files);
        }

        static Line note(Instant at, String author, String text) {
            return new Line(at, "note", author, text, List.of());
        }
    }

    record Attached(String id, String name) {
    }

    record FileView(String id, String name, String mime, long size, Instant receivedAt, boolean generated) {
        static FileView of(StoredFile f) {
            return new FileView(f.id(), f.name(), f.mime(), f.size(), f.receivedAt(), f.generated());
        }
    }

    /** {@code status}: answered, skipped or missing. */
    record DossierItem(String label, String value, String status, List<FileView> files) {
    }

    /** {@code confirmed}: false while the problem is only what the bot understood, not yet confirmed by the customer. */
    record Dossier(String title, boolean confirmed, long answered, int total, List<DossierItem> items) {
    }

    record Draft(String to, String subject, String body) {
    }

    /**
     * {@code ticket} and {@code messages} are what the admin API always answered; the rest is the
     * desk's. {@code mine}: the ticket is the caller's.
     */
    record View(Ticket ticket, boolean mine, List<TicketMessage> messages, List<Line> transcript, Dossier dossier,
                Draft draft, List<FileView> attachments) {
    }

    private final RelaisCore core;
    private final ConversationStore snapshots;
    private final DeskQueries queries;

    ConversationView(RelaisCore core, ConversationStore snapshots, DeskQueries queries) {
        this.core = core;
        this.snapshots = snapshots;
        this.queries = queries;
    }

    /** What the ticket's conversation has collected, as stored now. */
    Optional<CaseData> data(Ticket ticket) {
        return snapshots.load(ticket.conversation()).map(ConversationSnapshot::data);
    }

    View of(Ticket ticket, String agentId, Locale locale) {
        Optional<CaseData> data = data(ticket);
        Problem problem = data.map(CaseData::problem).flatMap(core.catalog()::problem).orElse(null);
        // Before the customer confirmed the problem, what the bot understood is still worth showing.
        Problem understood = problem != null ? problem
                : data.map(CaseData::candidate).flatMap(core.catalog()::problem).orElse(null);
        return new View(ticket, agentId != null && agentId.equals(ticket.agentId()),
                core.handoff().tickets().messages(ticket.id()), transcript(ticket),
                understood == null ? null : dossier(understood, problem != null, data.get(), locale),
                problem == null ? null : draft(problem, data.get()),
                core.files().ownedBy(ticket.conversation()).stream()
                        .sorted(Comparator.comparing(StoredFile::receivedAt)).map(FileView::of).toList());
    }

    /**
     * The conversation's log (the customer's masked messages, the bot's and the agents' answers,
     * in order) with the ticket's notes among them. The ticket's own messages are all in the log
     * too (the customer's turns, and what agents and the hand-off write through the outbox), so
     * only those older than the log are shown from the ticket: a conversation from before the log
     * existed, or a ticket opened for a conversation that has none.
     */
    List<Line> transcript(Ticket ticket) {
        List<Line> lines = new ArrayList<>();
        List<LogEntry> log = core.log().entries(ticket.conversation());
        Instant logStart = log.isEmpty() ? Instant.MAX : log.get(0).at();
        for (DeskQueries.Message m : queries.messages(ticket.id())) {
            if (m.at().isBefore(logStart)) {
                lines.add(new Line(m.at(), m.author().name().toLowerCase(Locale.ROOT), m.name(), m.text(), List.of()));
            }
        }
        for (LogEntry entry : log) {
            if (!entry.text().isBlank() || !entry.files().isEmpty()) {
                lines.add(new Line(entry.at(), kind(entry.who()), entry.name(), entry.text(),
                        entry.files().stream().map(f -> new Attached(f.fileId(), f.name())).toList()));
            }
        }
        for (DeskQueries.Note n : queries.notes(ticket.id())) {
            lines.add(Line.note(n.at(), n.author(), n.text()));
        }
        // Stable: a note written at the instant of a message follows it.
        lines.sort(Comparator.comparing(Line::at));
        return lines;
    }

    private static String kind(Author author) {
        return switch (author) {
            case PERSON -> "customer";
            case AGENT -> "agent";
            case BOT -> "bot";
        };
    }

    private Dossier dossier(Problem problem, boolean confirmed, CaseData data, Locale locale) {
        List<DossierItem> items = new ArrayList<>();
        long answered = 0;
        for (EvidenceItem item : problem.evidence()) {
            EvidenceEntry entry = data.evidence().get(item.id());
            String status = entry == null || !entry.answered() && !entry.skipped() ? "missing"
                    : entry.skipped() ? "skipped" : "answered";
            answered += "answered".equals(status) ? 1 : 0;
            List<FileView> files = entry == null ? List.of() : entry.fileIds().stream()
                    .map(id -> core.files().find(id)).flatMap(Optional::stream).map(FileView::of).toList();
            items.add(new DossierItem(item.label().in(locale), entry == null ? null : entry.shown(), status, files));
        }
        return new Dossier(problem.label().in(locale), confirmed, answered, problem.evidence().size(), items);
    }

    /** The request as the bot would send it, once the customer told what happened (before, it would be mostly blanks). */
    private Draft draft(Problem problem, CaseData data) {
        if (data.answer(DraftBuilder.FACTS) == null) {
            return null;
        }
        DraftEmail email = new DraftBuilder(core.files()).build(problem, data);
        return new Draft(email.to(), email.subject(), email.body());
    }
}
