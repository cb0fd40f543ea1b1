package app.relais.bot.messenger;

import java.time.Instant;
import java.util.List;

/**
 * Every event as it arrives, stored before the webhook is answered and marked once handled: Meta
 * gets its 200 at once and a crash in between loses nothing; keyed on the event's {@code mid},
 * so an event Meta delivers twice counts once.
 */
interface MessengerInbox {

    /** Stores a new event; false when its id is already stored. */
    boolean store(MessengerEvent event, Instant receivedAt);

    void handled(String id, Instant at);

    /** Events stored and never handled (a previous run stopped first), each person's in timestamp order. */
    List<MessengerEvent> unhandled();

    /** Deletes events handled before {@code cutoff}; returns how many. */
    int purgeHandledBefore(Instant cutoff);
}
