package app.relais.outage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The admins' edits of the FAQ: each one is checked with the whole FAQ, saved, then put in force.
 * The stored FAQ wins over the seed file from the first start on.
 */
public final class FaqEditor {

    private final Faq faq;
    private final FaqStore store;

    /** Puts the stored FAQ in force, or stores the seed's entries on a first start. */
    public FaqEditor(Faq faq, FaqStore store) {
        this.faq = faq;
        this.store = store;
        store.load().ifPresentOrElse(faq::replace, () -> store.saveAll(faq.entries()));
    }

    /** Adds an entry, or replaces the one with the same id where it stands; returns it as saved. */
    public synchronized FaqEntry put(FaqEntry entry, String by, Instant at) {
        FaqEntry saved = entry.savedBy(by, at);
        List<FaqEntry> next = new ArrayList<>(faq.entries());
        int at0 = indexOf(next, entry.id());
        if (at0 < 0) {
            next.add(saved);
        } else {
            next.set(at0, saved);
        }
        apply(next);
        return saved;
    }

    /** Removes an entry; false when there was none with that id. */
    public synchronized boolean delete(String id) {
        List<FaqEntry> next = new ArrayList<>(faq.entries());
        int at = indexOf(next, id);
        if (at < 0) {
            return false;
        }
        next.remove(at);
        apply(next);
        return true;
    }

    /** Moves an entry one place up (-1) or down (+1): buttons show the first five. */
    public synchronized Optional<FaqEntry> move(String id, int by) {
        List<FaqEntry> next = new ArrayList<>(faq.entries());
        int from = indexOf(next, id);
        if (from < 0) {
            return Optional.empty();
        }
        int to = Math.max(0, Math.min(next.size() - 1, from + Integer.signum(by)));
        FaqEntry entry = next.remove(from);
        next.add(to, entry);
        apply(next);
        return Optional.of(entry);
    }

    /** Reads the stored FAQ again (another instance saved an edit). */
    public void reload() {
        store.load().ifPresent(faq::replace);
    }

    public Faq faq() {
        return faq;
    }

    private void apply(List<FaqEntry> next) {
        Faq.check(next);
        store.saveAll(next);
        faq.replace(next);
    }

    private static int indexOf(List<FaqEntry> entries, String id) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
