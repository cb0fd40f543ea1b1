package app.relais.benchmarks;

import app.relais.conversation.ConversationKey;
import app.relais.conversation.Dispatch;
import app.relais.conversation.Replies;
import app.relais.core.RelaisCore;
import java.util.List;

/**
 * One user replaying the recorded journeys one event at a time, each on a fresh conversation key,
 * one after another, marking each turn's replies sent as a channel does. A finished journey is erased (as retention or /forget would), so a long run
 * measures steady state instead of a heap that fills with delivered dossiers.
 */
final class Replay {

    private final RelaisCore core;
    private final List<Journeys.Journey> journeys;
    private final byte[] screenshot;
    private final String user;
    private int journey;
    private int step;
    private int round;
    private ConversationKey key;
    long mismatches;

    Replay(RelaisCore core, List<Journeys.Journey> journeys, byte[] screenshot, String user, int firstJourney) {
        this.core = core;
        this.journeys = journeys;
        this.screenshot = screenshot;
        this.user = user;
        this.journey = firstJourney % journeys.size();
        this.key = newKey();
    }

    /** Sends the next event of the current journey; counts replies that differ from the recording. */
    Replies next() {
        Journeys.Journey current = journeys.get(journey);
        Journeys.Step s = current.steps().get(step);
        Replies replies = core.engine().handle(Journeys.inbound(s, key, current.locale(), core.intake(), screenshot));
        if (replies.id() != 0) {
            // What the web chat does once the frames are on the socket: one mark, joining the next commit.
            core.outbox().sent(Dispatch.of(key, replies), replies.replies().size());
        }
        if (replies.replies().size() != s.replies()) {
            mismatches++;
        }
        if (++step == current.steps().size()) {
            core.erase(key);
            step = 0;
            journey = (journey + 1) % journeys.size();
            round++;
            key = newKey();
        }
        return replies;
    }

    private ConversationKey newKey() {
        return new ConversationKey("bench", user + "-" + round + "-" + journey);
    }
}
