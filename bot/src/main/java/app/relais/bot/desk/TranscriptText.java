package app.relais.bot.desk;

import app.relais.handoff.Ticket;
import app.relais.i18n.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A conversation as a text file an agent can keep or forward: who, where, when (in the business's
 * time zone, named at the top), the dossier, then every line of the transcript, notes marked as
 * private.
 */
final class TranscriptText {

    private final Messages t;
    private final ZoneId zone;
    private final DateTimeFormatter time;

    TranscriptText(Messages texts, ZoneId zone) {
        this.t = texts;
        this.zone = zone;
        this.time = DateTimeFormatter.ofPattern("en".equals(texts.language()) ? "yyyy-MM-dd HH:mm" : "dd/MM/yyyy HH:mm")
                .withZone(zone);
    }

    String render(ConversationView.View view) {
        Ticket ticket = view.ticket();
        StringBuilder out = new StringBuilder(4096);
        out.append(t.get("desk.export.heading", ticket.id())).append('\n')
                .append(t.get("desk.export.channel", channel(ticket.conversation().channel()))).append('\n');
        line(out, "desk.export.name", ticket.name());
        line(out, "desk.export.contact", ticket.contact());
        out.append(t.get("desk.export.opened", time.format(ticket.openedAt()))).append('\n');
        if (ticket.agent() != null) {
            out.append(t.get("desk.export.agent", ticket.agent())).append('\n');
        }
        if (ticket.closedAt() != null) {
            out.append(t.get("desk.export.closed", time.format(ticket.closedAt()))).append('\n');
        }
        out.append(t.get("desk.export.zone", zone.getId())).append("\n\n");
        dossier(out, view);
        out.append(t.get("desk.export.transcript")).append('\n');
        for (ConversationView.Line line : view.transcript()) {
            out.append('[').append(time.format(line.at())).append("] ").append(t.get("desk.export.pair", who(line),
                    said(line))).append('\n');
        }
        return out.toString();
    }

    private void dossier(StringBuilder out, ConversationView.View view) {
        if (view.dossier() != null) {
            ConversationView.Dossier d = view.dossier();
            out.append(t.get(d.confirmed() ? "desk.export.dossier" : "desk.export.dossier-unconfirmed", d.title(),
                    d.answered(), d.total())).append('\n');
            for (ConversationView.DossierItem item : d.items()) {
                String value = switch (item.status()) {
                    case "missing" -> t.get("desk.dossier.missing");
                    case "skipped" -> t.get("desk.dossier.skipped");
                    default -> item.value() != null ? item.value()
                            : String.join(", ", item.files().stream().map(ConversationView.FileView::name).toList());
                };
                out.append("• ").append(t.get("desk.export.pair", item.label(), value)).append('\n');
            }
            out.append('\n');
        } else if (view.ticket().summary() != null && !view.ticket().summary().isBlank()) {
            out.append(view.ticket().summary()).append("\n\n");
        }
        if (view.draft() != null) {
            out.append(t.get("desk.export.draft")).append('\n').append(view.draft().subject()).append("\n\n")
                    .append(view.draft().body()).append("\n\n");
        }
    }

    /** The line's text, then the names of the files sent with it. */
    private String said(ConversationView.Line line) {
        if (line.files().isEmpty()) {
            return line.text();
        }
        String files = t.get("desk.export.files",
                String.join(", ", line.files().stream().map(ConversationView.Attached::name).toList()));
        return line.text().isBlank() ? files : line.text() + " (" + files + ")";
    }

    private String who(ConversationView.Line line) {
        return switch (line.kind()) {
            case "customer" -> t.get("desk.author.customer");
            case "agent" -> t.get("desk.author.agent", line.name());
            case "note" -> t.get("desk.author.note", line.name());
            default -> t.get("desk.author.bot");
        };
    }

    private String channel(String id) {
        return t.has("desk.channel." + id) ? t.get("desk.channel." + id) : id;
    }

    private void line(StringBuilder out, String key, String value) {
        if (value != null && !value.isBlank()) {
            out.append(t.get(key, value)).append('\n');
        }
    }
}
