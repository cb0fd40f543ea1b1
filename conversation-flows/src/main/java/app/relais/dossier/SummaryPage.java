package app.relais.dossier;

import app.relais.catalog.EvidenceType;
import app.relais.catalog.Problem;
import app.relais.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The archive's {@code summary.html}, the page a support team, a lawyer or the police reads
 * first: the story (problem, who writes, facts, impact, outcome asked for), then the evidence
 * table with each answer, when it was given (in the person's time zone) and each file's name,
 * size, SHA-256 and time received, images shown as thumbnails. It prints on A4. Every
 * user-given text is escaped: shown as text, never as markup.
 */
final class SummaryPage {

    private static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");
    private static final String STYLE = "body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;"
            + "line-height:1.45;color:#111}h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.4em}"
            + "table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.4em;vertical-align:top;"
            + "text-align:left}code{word-break:break-all}ul.files{list-style:none;padding-left:0;margin:0}"
            + "img.thumb{display:block;max-width:12em;max-height:12em;margin:.3em 0;border:1px solid #ccc}"
            + ".story p{white-space:pre-line}"
            + "@page{size:A4;margin:18mm 16mm}"
            + "@media print{body{max-width:none;margin:0;padding:0;font-size:10.5pt}a{color:inherit;text-decoration:none}"
            + "h2{break-after:avoid}tr,img.thumb{break-inside:avoid}img.thumb{max-width:55mm;max-height:55mm}}";

    private final Messages texts;
    private final ZoneId zone;

    SummaryPage(Messages texts, ZoneId zone) {
        this.texts = texts;
        this.zone = zone;
    }

    byte[] render(Problem problem, Story story, List<DossierArchive.Item> items, Instant now) {
        String title = texts.get("archive.title", problem.label().in(texts.locale()));
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(texts.language()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(escape(title)).append("</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(title)).append("</h1>\n<p>")
                .append(escape(texts.get("archive.generated", DossierArchive.localTime(now, texts, zone), now.toString(),
                        zone.getId())))
                .append("</p>\n");
        if (!story.parts().isEmpty()) {
            html.append("<section class=\"story\">\n");
            for (Story.Part part : story.parts()) {
                html.append("<h2>").append(escape(part.heading())).append("</h2>\n<p>")
                        .append(escape(part.text().strip())).append("</p>\n");
            }
            html.append("</section>\n");
        }
        html.append("<h2>").append(escape(texts.get("archive.evidence"))).append("</h2>\n<table>\n<tr><th>")
                .append(escape(texts.get("archive.column.item"))).append("</th><th>")
                .append(escape(texts.get("archive.column.answer"))).append("</th><th>")
                .append(escape(texts.get("archive.column.given")))
                .append("</th></tr>\n");
        for (DossierArchive.Item item : items) {
            html.append("<tr><td>").append(escape(item.item().letterLabel(texts.locale()))).append("</td><td>");
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
            // A date in words in the summary's language; anything else as it was shown to the person.
            html.append(escape(item.item().type() == EvidenceType.DATETIME
                    ? LetterDate.of(item.entry().value(), texts.locale()).orElse(item.entry().shown())
                    : item.entry().shown()));
            if (item.entry().display() != null && !item.entry().display().equals(item.entry().value())) {
                html.append("<br><code>").append(escape(item.entry().value())).append("</code>");
            }
            LinkIds.Ref.decode(item.entry().reference()).ifPresent(ref -> html.append("<br>")
                    .append(escape(texts.has("evidence.ref." + ref.kind())
                            ? texts.get("evidence.ref." + ref.kind(), ref.id()) : ref.id())));
        }
        if (!item.files().isEmpty()) {
            html.append("<ul class=\"files\">");
            for (DossierArchive.Attached file : item.files()) {
                file(file, html);
            }
            html.append("</ul>");
        }
    }

    /** One file: its link (and its thumbnail for an image), where it came from, its size and its hash. */
    private void file(DossierArchive.Attached file, StringBuilder html) {
        String path = escape(file.path());
        html.append("<li><a href=\"").append(path).append("\">");
        if (IMAGES.contains(file.meta().mime())) {
            html.append("<img class=\"thumb\" src=\"").append(path).append("\" alt=\"").append(path).append("\">");
        }
        html.append(path).append("</a><br>").append(escape(texts.get("archive.file",
                        file.meta().originalName() == null ? file.meta().name() : file.meta().originalName(),
                        file.meta().mime(), file.meta().size(),
                        DossierArchive.localTime(file.meta().receivedAt(), texts, zone), file.meta().channel())))
                .append("<br>SHA-256 <code>").append(escape(file.meta().sha256())).append("</code></li>");
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
