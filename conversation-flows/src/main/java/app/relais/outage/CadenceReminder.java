package app.relais.outage;

import app.relais.catalog.LocalizedText;
import app.relais.i18n.Messages;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Suggests an update to the admins once for each open incident left without news for the
 * cadence (two hours). Run periodically by the application; reminds again two hours after the
 * next update if that one too is left alone.
 */
public final class CadenceReminder {

    private final OutageBoard board;
    private final Consumer<LocalizedText> admins;
    private final Set<String> reminded = ConcurrentHashMap.newKeySet();

    public CadenceReminder(OutageBoard board, Consumer<LocalizedText> admins) {
        this.board = board;
        this.admins = admins;
    }

    /** Sends the reminders now due; returns how many. */
    public int check() {
        int sent = 0;
        for (Incident incident : board.updatesDue()) {
            if (reminded.add(incident.id() + "@" + incident.lastUpdateAt())) {
                admins.accept(new LocalizedText(due(incident, Messages.of("fr")), due(incident, Messages.of("en"))));
                sent++;
            }
        }
        return sent;
    }

    private String due(Incident incident, Messages texts) {
        return texts.get("outage.cadence.due", board.label(incident.channel(), texts.locale()));
    }
}
