package app.relais.dossier;

import app.relais.catalog.Problem;
import app.relais.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** The archive's {@code summary.html}: plain, printable, every user-given text escaped. */
final class SummaryPage {

    private final Messages texts;
    private final ZoneId zone;

    SummaryPage(Messages texts, ZoneId zone) {
        this.texts = texts;
        this.zone = zone;
    }

    byte[] render(Problem problem, List<DossierArchive.Item> items, Instant now) {
        String title = texts.get("archive.title", problem.label().in(texts.locale()));
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(texts.language()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(escape(title)).append("</title>\n")
                .append("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}")
                .append("table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.4em;")
                .append("vertical-align:top;text-align:left}code{word-break:break-all}</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(title)).append("</h1>\n<p>")
                .append(escape(texts.get("archive.generated", DossierArchive.localTime(now, texts, zone), now.toString())))
                .append("</p>\n<table>\n<tr><th>").append(escape(texts.get("archive.column.item")))
                .append("</th><th>").append(escape(texts.get("archive.column.answer")))
                .append("</th><th>").append(escape(texts.get("archive.column.given"))).append("</th></tr>\n");
        for (DossierArchive.Item item : items) {
            html.append("<tr><td>").append(escape(item.item().label().in(texts.locale()))).append("</td><td>");
            answer(item, html);
            html.append("</td><td>");
            if (item.entry() != null && item.entry().at() != null) {
                html.append(escape(DossierArchive.localTime(item.entry().at(), texts, zone)));
            }
            html.append("</td></tr>\n");
        }
        html.append("</table>\n<p>").append(escape(texts.get("archive.hash-note"))).append("</p>\n</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void answer(DossierArchive.Item item, StringBuilder html) {
        String status = item.status();
        if (!status.equals("answered")) {
            html.append("<em>").append(escape(texts.get("archive.status." + status))).append("</em>");
            return;
        }
        if (item.entry().value() != null) {
            html.append(escape(item.entry().shown()));
            if (item.entry().display() != null && !item.entry().display().equals(item.entry().value())) {
                html.append("<br><code>").append(escape(item.entry().value())).append("</code>");
            }
            LinkIds.Ref.decode(item.entry().reference()).ifPresent(ref -> html.append("<br>")
                    .append(escape(texts.has("evidence.ref." + ref.kind())
                            ? texts.get("evidence.ref." + ref.kind(), ref.id()) : ref.id())));
        }
        if (!item.files().isEmpty()) {
            html.append("<ul>");
            for (DossierArchive.Attached file : item.files()) {
                html.append("<li><a href=\"").append(escape(file.path())).append("\">").append(escape(file.path()))
                        .append("</a><br>").append(escape(texts.get("archive.file",
                                file.meta().originalName() == null ? file.meta().name() : file.meta().originalName(),
                                file.meta().mime(), file.meta().size(),
                                file.meta().receivedAt().toString(), file.meta().channel())))
                        .append("<br>SHA-256 <code>").append(escape(file.meta().sha256())).append("</code></li>");
            }
            html.append("</ul>");
        }
    }

    /** Text as text: the five characters HTML gives a meaning to are escaped. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
