package app.relais.followup;

import app.relais.conversation.ConversationKey;
import app.relais.conversation.FileRef;
import app.relais.files.FileStore;
import app.relais.files.StoredFile;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * The reminder as an RFC 5545 {@code .ics} event the user adds to their own calendar: useful on
 * web chat, where Relais cannot write first, and harmless elsewhere. ical4j writes it, so the
 * escaping of user text (commas, semicolons, backslashes, line breaks) follows the RFC. Folding is
 * ours: ical4j folds at 73 characters, and a French summary full of accents then passes the 75
 * octets RFC 5545 section 3.1 allows; lines are folded here by octets, never inside a character.
 * Each event has an alarm at its start. Starts are written in UTC: a calendar shows them at the
 * same instant in its own zone (09:00 in Paris is 08:00Z in winter).
 */
public final class CalendarFile {

    public static final String MIME = "text/calendar";
    private static final Duration LENGTH = Duration.ofMinutes(15);
    private static final int MAX_OCTETS = 75;

    /** One event: {@code uid} unique in the world (it ends in {@code @relais}). */
    public record Event(String uid, Instant start, String summary, String description) {
    }

    private final FileStore files;
    private final Clock clock;

    public CalendarFile(FileStore files, Clock clock) {
        this.files = files;
        this.clock = clock;
    }

    /** Writes an event for {@code reminder} starting at {@code start}, and stores it for the conversation. */
    public FileRef save(ConversationKey owner, Reminder reminder, Instant start, String summary, String description,
                        String fileName) {
        return save(owner, List.of(new Event(reminder.id() + "@relais", start, summary, description)), fileName);
    }

    /** Writes one calendar holding {@code events} and stores it for the conversation. */
    public FileRef save(ConversationKey owner, List<Event> events, String fileName) {
        byte[] ics = ics(clock.instant(), events);
        StoredFile stored = files.save(owner, fileName, MIME, ics);
        return new FileRef(stored.id(), stored.name(), MIME, stored.size());
    }

    static byte[] ics(String uid, Instant stamp, Instant start, String summary, String description) {
        return ics(stamp, List.of(new Event(uid, start, summary, description)));
    }

    static byte[] ics(Instant stamp, List<Event> events) {
        List<CalendarComponent> components = new ArrayList<>();
        for (Event e : events) {
            VAlarm alarm = new VAlarm(new PropertyList(List.of(
                    new Action(Action.VALUE_DISPLAY), new Trigger(Duration.ZERO), new Description(e.summary()))));
            components.add(new VEvent(new PropertyList(List.of(
                    new Uid(e.uid()), new DtStamp(stamp), new DtStart<>(e.start()),
                    new net.fortuna.ical4j.model.property.Duration(LENGTH),
                    new Summary(e.summary()), new Description(e.description()))),
                    new ComponentList<>(List.of(alarm))));
        }
        Calendar calendar = new Calendar(new PropertyList(List.of(
                // No METHOD: a file to import is no iTIP message, and METHOD:PUBLISH would require an ORGANIZER.
                new ProdId("-//Relais//Follow-up reminder//EN"), ImmutableVersion.VERSION_2_0,
                ImmutableCalScale.GREGORIAN)),
                new ComponentList<>(components));
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true, Integer.MAX_VALUE).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("the reminder is not a valid calendar event", e);
        }
        return fold(out.toString()).getBytes(StandardCharsets.UTF_8);
    }

    /** Folds each content line to at most 75 octets: CRLF then one space before each continuation. */
    static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder();
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > MAX_OCTETS) {
                    folded.append("\r\n ");
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            folded.append("\r\n");
        }
        return folded.toString();
    }
}
