package app.relais.dossier;

import app.relais.catalog.EvidenceItem;
import app.relais.catalog.Problem;
import app.relais.conversation.ConversationKey;
import app.relais.files.FileStore;
import app.relais.files.SafeFileName;
import app.relais.files.StoredFile;
import app.relais.i18n.Messages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.CRC32;
import java.util.zip.ZipOutputStream;

/**
 * The dossier as one archive the user can keep or hand to a support team, a lawyer or the police:
 * {@code summary.html} (readable in any browser and printable: the story of the request, then every
 * item, when it was given, and each file's name, size, SHA-256 and time received, images as
 * thumbnails), {@code dossier.json} (the same, for a machine), and the
 * files themselves under {@code files/} with safe, unique names. Everything the user typed is
 * HTML-escaped: the summary shows it as text, never as markup.
 */
public final class DossierArchive {

    public static final String MIME = "application/zip";

    private final FileStore files;
    private static final Set<String> ALREADY_COMPRESSED = Set.of("image/png", "image/jpeg", "image/gif", "image/webp",
            "image/heic", "application/pdf", "application/zip", "video/mp4", "video/quicktime", "audio/mpeg", "audio/ogg");

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public DossierArchive(FileStore files) {
        this.files = files;
    }

    /** {@code dossier-facebook-account-hacked.zip} */
    public static String fileName(Problem problem) {
        return "dossier-" + problem.platform() + "-" + problem.id() + ".zip";
    }

    /** Builds the archive and keeps it in the file store as a file Relais generated. */
    public StoredFile store(ConversationKey owner, Problem problem, Map<String, EvidenceEntry> evidence, Story story,
                            Messages texts, ZoneId zone, Instant now) {
        return files.save(owner, fileName(problem), MIME, build(problem, evidence, story, texts, zone, now));
    }

    public byte[] build(Problem problem, Map<String, EvidenceEntry> evidence, Messages texts, ZoneId zone, Instant now) {
        return build(problem, evidence, Story.NONE, texts, zone, now);
    }

    /** {@code texts}: the language of the request, which the summary is written in. */
    public byte[] build(Problem problem, Map<String, EvidenceEntry> evidence, Story story, Messages texts, ZoneId zone,
                        Instant now) {
        List<Item> items = collect(problem, evidence);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, "summary.html", new SummaryPage(texts, zone).render(problem, story, items, now), now);
            put(zip, "dossier.json", json(problem, story, items, texts, now), now);
            for (Item item : items) {
                for (Attached file : item.files()) {
                    put(zip, file.path(), file.content(), file.meta().receivedAt(),
                            ALREADY_COMPRESSED.contains(file.meta().mime()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory zip cannot fail to write", e);
        }
        return bytes.toByteArray();
    }

    /** One catalog item with what was given for it (null entry when nothing yet) and its files. */
    record Item(EvidenceItem item, EvidenceEntry entry, List<Attached> files) {
        String status() {
            if (entry == null || !entry.answered() && !entry.skipped()) {
                return "missing";
            }
            return entry.skipped() ? "skipped" : "answered";
        }
    }

    /** A file as archived: its record, its path in the archive and its bytes. */
    record Attached(StoredFile meta, String path, byte[] content) {
    }

    private List<Item> collect(Problem problem, Map<String, EvidenceEntry> evidence) {
        List<Item> items = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        int counter = 0;
        for (EvidenceItem item : problem.evidence()) {
            EvidenceEntry entry = evidence.get(item.id());
            List<Attached> attached = new ArrayList<>();
            if (entry != null) {
                for (String id : entry.fileIds()) {
                    Optional<StoredFile> meta = files.find(id);
                    Optional<byte[]> content = files.content(id);
                    if (meta.isPresent() && content.isPresent()) {
                        counter++;
                        String path = unique(String.format("files/%02d-%s", counter,
                                SafeFileName.of(meta.get().name(), meta.get().mime())), paths);
                        attached.add(new Attached(meta.get(), path, content.get()));
                    }
                }
            }
            items.add(new Item(item, entry, attached));
        }
        return items;
    }

    private static String unique(String path, Set<String> taken) {
        String candidate = path;
        int dot = path.lastIndexOf('.');
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = dot > 0 ? path.substring(0, dot) + "-" + n + path.substring(dot) : path + "-" + n;
        }
        return candidate;
    }

    private byte[] json(Problem problem, Story story, List<Item> items, Messages texts, Instant now) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("problem", problem.fullId());
        root.put("title", problem.label().in(texts.locale()));
        root.put("language", texts.language());
        root.put("generatedAt", now.toString());
        root.put("story", story.parts().stream().map(p -> Map.of("heading", p.heading(), "text", p.text())).toList());
        List<Map<String, Object>> list = new ArrayList<>();
        for (Item item : items) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("id", item.item().id());
            one.put("label", item.item().label().in(texts.locale()));
            one.put("type", item.item().type().name().toLowerCase(java.util.Locale.ROOT));
            one.put("required", item.item().required());
            one.put("status", item.status());
            if (item.entry() != null) {
                one.put("value", item.entry().value());
                one.put("display", item.entry().display());
                one.put("reference", item.entry().reference());
                one.put("givenAt", item.entry().at() == null ? null : item.entry().at().toString());
            }
            List<Map<String, Object>> described = new ArrayList<>();
            for (Attached file : item.files()) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("path", file.path());
                f.put("name", file.meta().name());
                f.put("originalName", file.meta().originalName());
                f.put("mime", file.meta().mime());
                f.put("size", file.meta().size());
                f.put("sha256", file.meta().sha256());
                f.put("receivedAt", file.meta().receivedAt().toString());
                f.put("channel", file.meta().channel());
                described.add(f);
            }
            one.put("files", described);
            list.add(one);
        }
        root.put("items", list);
        try {
            return json.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings always serialise", e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] content, Instant time) throws IOException {
        put(zip, name, content, time, false);
    }

    /**
     * {@code stored}: the bytes go in as they are. Deflating a PNG or a PDF again costs CPU at every
     * delivery and saves nothing; a stored entry must announce its size and CRC up front.
     */
    private static void put(ZipOutputStream zip, String name, byte[] content, Instant time, boolean stored)
            throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(time.toEpochMilli());
        if (stored) {
            CRC32 crc = new CRC32();
            crc.update(content);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            entry.setCompressedSize(content.length);
            entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }


    /** An instant as the person reads it, in their time zone: "lundi 7 décembre 2026 à 10 h". */
    static String localTime(Instant instant, Messages texts, ZoneId zone) {
        return LetterDate.dateTime(instant.atZone(zone).toLocalDateTime(), texts.locale());
    }
}
