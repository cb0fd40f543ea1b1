package app.relais.bot.messenger;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the channel must remember about each person between messages and across restarts: when
 * they last wrote (Messenger's windows count from it: 24 hours for any reply, 7 days for an
 * agent's with the HUMAN_AGENT tag) and the numbered list they were last shown.
 */
interface Contacts {

    /** {@code numbered}: the choice ids, in the order shown; empty when the last choices were buttons or none. */
    record Contact(String psid, Instant lastMessageAt, List<String> numbered) {
    }

    Optional<Contact> find(String psid);

    /** The person wrote at {@code at} (their event's time); an earlier time never moves it back. */
    void wrote(String psid, Instant at);

    void numbered(String psid, List<String> choiceIds);

    /** Forgets people who have not written since {@code cutoff}; returns how many. */
    int forgetIdleSince(Instant cutoff);
}
