package app.relais.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the user gave for one evidence item: the normalised value, how it was shown back to them
 * ({@code display}, e.g. a date in words), what it points at ({@code reference}, e.g.
 * {@code event:1234} for an event link), the files (ids in the file store), or a skip; {@code at}
 * is when it was given. Immutable: snapshots share these between machines.
 */
public record EvidenceEntry(String itemId, String value, String display, String reference, List<String> fileIds,
                            boolean skipped, Instant at) {

    public EvidenceEntry {
        fileIds = fileIds == null ? List.of() : List.copyOf(fileIds);
    }

    public EvidenceEntry(String itemId, String value, List<String> fileIds, boolean skipped, Instant at) {
        this(itemId, value, null, null, fileIds, skipped, at);
    }

    public static EvidenceEntry value(String itemId, String value, Instant at) {
        return new EvidenceEntry(itemId, value, null, null, List.of(), false, at);
    }

    public static EvidenceEntry valid(String itemId, Validation.Valid valid, Instant at) {
        return new EvidenceEntry(itemId, valid.value(), valid.display(), valid.reference(), List.of(), false, at);
    }

    public static EvidenceEntry skipped(String itemId, Instant at) {
        return new EvidenceEntry(itemId, null, null, null, List.of(), true, at);
    }

    public static EvidenceEntry empty(String itemId, Instant at) {
        return new EvidenceEntry(itemId, null, null, null, List.of(), false, at);
    }

    public EvidenceEntry withFiles(List<String> more, Instant when) {
        var all = new ArrayList<>(fileIds);
        more.stream().filter(id -> !all.contains(id)).forEach(all::add);
        return new EvidenceEntry(itemId, value, display, reference, all, false, when);
    }

    public boolean answered() {
        return !skipped && (value != null || !fileIds.isEmpty());
    }

    /** What to show the user: the display form when there is one, else the value. */
    public String shown() {
        return display != null ? display : value;
    }
}
