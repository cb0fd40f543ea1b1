package app.relais.bot.continuation;

import app.relais.conversation.ConversationKey;
import app.relais.dossier.EvidenceEntry;
import app.relais.files.FileStore;
import app.relais.files.StoredFile;
import app.relais.handoff.HandoffHook;
import app.relais.store.CaseData;
import app.relais.store.ConversationSnapshot;
import app.relais.store.ConversationStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Opens a conversation under another key: its flow, step, dossier and draft, and a copy of each
 * of its files (the web chat serves a file only to the session that owns it), the dossier pointing
 * at the copies. The original stays as it was on its channel. A hand-off ticket stays with the
 * original: the copy starts without one.
 */
final class ConversationCopy {

    private final ConversationStore conversations;
    private final FileStore files;
    private final Clock clock;

    ConversationCopy(ConversationStore conversations, FileStore files, Clock clock) {
        this.conversations = conversations;
        this.files = files;
        this.clock = clock;
    }

    /** Copies {@code from} to the new key {@code to}; false when {@code from} no longer exists. */
    boolean copy(ConversationKey from, ConversationKey to) {
        Optional<ConversationSnapshot> source = conversations.load(from);
        if (source.isEmpty()) {
            return false;
        }
        Map<String, String> ids = new HashMap<>();
        for (StoredFile file : files.ownedBy(from)) {
            Optional<byte[]> content = files.content(file.id());
            if (content.isPresent()) {
                StoredFile copy = files.save(to, file.name(), file.originalName(), file.mime(), content.get());
                ids.put(file.id(), copy.id());
            }
        }
        ConversationSnapshot original = source.get();
        conversations.save(new ConversationSnapshot(to, original.flow(), original.state(),
                remap(original.data(), ids), 1, clock.instant()));
        return true;
    }

    /** The same data with every file id replaced by its copy's: in evidence entries and in answers that list ids. */
    static CaseData remap(CaseData data, Map<String, String> ids) {
        Map<String, EvidenceEntry> evidence = new LinkedHashMap<>();
        data.evidence().forEach((item, e) -> evidence.put(item, new EvidenceEntry(e.itemId(), e.value(), e.display(),
                e.reference(), e.fileIds().stream().map(id -> ids.getOrDefault(id, id)).toList(), e.skipped(), e.at())));
        Map<String, String> answers = new LinkedHashMap<>();
        data.answers().forEach((name, value) -> {
            if (!HandoffHook.ACTIVE_TICKET.equals(name)) {
                answers.put(name, value == null ? null : replaceIds(value, ids));
            }
        });
        return new CaseData(data.locale(), data.problem(), data.candidate(), data.step(), data.evidenceIndex(),
                data.failures(), evidence, answers, data.sentAt());
    }

    private static String replaceIds(String value, Map<String, String> ids) {
        if (ids.isEmpty() || !value.contains(",") && !ids.containsKey(value)) {
            return value;
        }
        List<String> parts = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            parts.add(ids.getOrDefault(part, part));
        }
        return String.join(",", parts);
    }
}
