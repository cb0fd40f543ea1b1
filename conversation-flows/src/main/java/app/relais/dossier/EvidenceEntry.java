package app.relais.dossier;

import java.time.Instant;
import java.util.List;

/**
 * What the user gave for one evidence item: the normalised value, the files (ids in the file
 * store), or a skip. Immutable: snapshots share these between machines.
 */
public record EvidenceEntry(String itemId, String value, List<String> fileIds, boolean skipped, Instant at) {

    public EvidenceEntry {
        fileIds = fileIds == null ? List.of() : List.copyOf(fileIds);
    }

    public static EvidenceEntry value(String itemId, String value, Instant at) {
        return new EvidenceEntry(itemId, value, List.of(), false, at);
    }

    public static EvidenceEntry skipped(String itemId, Instant at) {
        return new EvidenceEntry(itemId, null, List.of(), true, at);
    }

    public EvidenceEntry withFiles(List<String> more, Instant when) {
        var all = new java.util.ArrayList<>(fileIds);
        all.addAll(more);
        return new EvidenceEntry(itemId, value, all, false, when);
    }

    public boolean answered() {
        return !skipped && (value != null || !fileIds.isEmpty());
    }
}
