package app.relais.outage;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What happened during one incident, for the team to learn from it (seed 002: analyse past
 * outages): how long it lasted, the conversations and hand-offs per channel, how fast agents
 * answered (median and 90th percentile of each ticket's first answer), the FAQ questions asked
 * most and the questions it could not answer. {@code to} is the end, or the report's time for an
 * incident still open. Counts are kept when /forget or retention erase a conversation; only the
 * erased questions' words are gone ({@code erasedMisses}).
 */
public record IncidentReport(String incident, String channel, ZoneId zone, Instant from, Instant to, boolean open,
                             long durationMinutes, List<Count> conversations, List<Count> handoffs,
                             FirstAnswers firstAnswers, List<Question> questions, List<Miss> misses,
                             long erasedMisses) {

    /** How many, on which channel (web, telegram...), of which kind (conversations: business, platform, human). */
    public record Count(String channel, String kind, long count) {
    }

    /** Tickets answered and still waiting; seconds to the first answer, null when none was answered. */
    public record FirstAnswers(long answered, long waiting, Long medianSeconds, Long p90Seconds) {
    }

    /** An FAQ entry answered this many times ({@code question} in French and English, or the id of a deleted entry). */
    public record Question(String id, String questionFr, String questionEn, long count) {
    }

    /** A question the FAQ had no answer for, as first typed, and how many asked it. */
    public record Miss(String text, long count) {
    }

    public long totalConversations() {
        return conversations.stream().mapToLong(Count::count).sum();
    }

    public long totalHandoffs() {
        return handoffs.stream().mapToLong(Count::count).sum();
    }

    static long minutes(Instant from, Instant to) {
        return Duration.between(from, to).toMinutes();
    }

    /**
     * The report as CSV (RFC 4180): one row per figure, {@code section,item,channel,value}. Times are
     * in the business's zone with their offset. A cell a spreadsheet would run as a formula is
     * prefixed with an apostrophe: misses are what customers typed.
     */
    public String csv() {
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"section", "item", "channel", "value"});
        rows.add(new String[] {"incident", "id", "", incident});
        rows.add(new String[] {"incident", "channel", "", channel});
        rows.add(new String[] {"incident", "zone", "", zone.getId()});
        rows.add(new String[] {"incident", "opened_at", "", iso.format(from.truncatedTo(ChronoUnit.SECONDS).atZone(zone))});
        rows.add(new String[] {"incident", open ? "still_open_at" : "closed_at", "",
                iso.format(to.truncatedTo(ChronoUnit.SECONDS).atZone(zone))});
        rows.add(new String[] {"incident", "duration_minutes", "", Long.toString(durationMinutes)});
        rows.add(new String[] {"conversations", "total", "", Long.toString(totalConversations())});
        conversations.forEach(c -> rows.add(new String[] {"conversations", c.kind(), c.channel(), Long.toString(c.count())}));
        rows.add(new String[] {"handoffs", "total", "", Long.toString(totalHandoffs())});
        handoffs.forEach(c -> rows.add(new String[] {"handoffs", "tickets", c.channel(), Long.toString(c.count())}));
        rows.add(new String[] {"first_answer", "answered", "", Long.toString(firstAnswers.answered())});
        rows.add(new String[] {"first_answer", "waiting", "", Long.toString(firstAnswers.waiting())});
        rows.add(new String[] {"first_answer", "median_seconds", "", text(firstAnswers.medianSeconds())});
        rows.add(new String[] {"first_answer", "p90_seconds", "", text(firstAnswers.p90Seconds())});
        questions.forEach(q -> rows.add(new String[] {"faq_question", q.id(), "", Long.toString(q.count())}));
        misses.forEach(m -> rows.add(new String[] {"faq_miss", m.text(), "", Long.toString(m.count())}));
        rows.add(new String[] {"faq_miss", "erased", "", Long.toString(erasedMisses)});
        StringBuilder csv = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                csv.append(i == 0 ? "" : ",").append(cell(row[i]));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    private static String text(Long value) {
        return value == null ? "" : value.toString();
    }

    private static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
