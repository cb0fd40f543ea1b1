package app.relais.bot.admin;

import app.relais.bot.RelaisProperties;
import app.relais.bot.accounts.Requesters;
import app.relais.bot.audit.Actor;
import app.relais.bot.audit.AuditLog;
import app.relais.catalog.LocalizedText;
import app.relais.core.RelaisCore;
import app.relais.i18n.Refusal;
import app.relais.outage.BusinessChannel;
import app.relais.outage.BusinessProfile;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/profile}: the business profile customers read in the chat, the FAQ answers,
 * the status page and the crisis kit's texts. A field sent empty (or null) is left out of what
 * customers see; {@code zone} null follows {@code RELAIS_ZONE}. Who saved it (the signed-in
 * account's display name, or the token's name) and when are kept, and the edit is in the audit log.
 */
@RestController
@RequestMapping("/api/admin/profile")
class ProfileController {

    private final RelaisCore core;
    private final BusinessEdits edits;
    private final Clock clock;
    private final ZoneId defaultZone;
    private final Requesters requesters;
    private final AuditLog audit;

    ProfileController(RelaisCore core, BusinessEdits edits, Clock clock, RelaisProperties properties,
                      Requesters requesters, AuditLog audit) {
        this.core = core;
        this.edits = edits;
        this.clock = clock;
        this.defaultZone = properties.zone();
        this.requesters = requesters;
        this.audit = audit;
    }

    /** What an admin sends: texts as {@code {"fr": "...", "en": "..."}}, both or neither. */
    record ProfileRequest(String name, String email, String phone, String contactForm, String chatUrl,
                          Map<String, String> hours, List<String> languages, Map<String, String> statusNote, String zone) {
    }

    record ProfileView(String name, String email, String phone, String contactForm, String chatUrl, LocalizedText hours,
                       List<String> languages, LocalizedText statusNote, String zone, boolean zoneFromDefault,
                       String defaultZone, List<BusinessChannel> channels, String updatedBy, Instant updatedAt) {
    }

    @GetMapping
    ProfileView get() {
        return view(core.profiles().current());
    }

    @PutMapping
    ProfileView put(@RequestBody ProfileRequest request) {
        if (request == null) {
            throw new Refusal("json");
        }
        ZoneId zone;
        try {
            zone = request.zone() == null || request.zone().isBlank() ? null : ZoneId.of(request.zone().strip());
        } catch (DateTimeException e) {
            throw new Refusal("zone", request.zone().strip());
        }
        BusinessProfile current = core.profiles().current();
        BusinessProfile content = new BusinessProfile(request.name(), request.email(), request.phone(), request.contactForm(),
                request.chatUrl(), text("hours", request.hours()), request.languages(),
                text("status-note", request.statusNote()), zone, current.channels(), null, null);
        Actor editor = requesters.current().actor();
        BusinessProfile saved = core.profiles().update(content, AdminController.editor(editor), clock.instant());
        edits.profileSaved();
        audit.record(editor, "profile.update", saved.name(), null);
        return view(saved);
    }

    private ProfileView view(BusinessProfile p) {
        return new ProfileView(p.name(), p.email(), p.phone(), p.contactForm(), p.chatUrl(), p.hours(), p.languages(),
                p.statusNote(), p.zoneOr(defaultZone).getId(), p.zone() == null, defaultZone.getId(), p.channels(),
                p.updatedBy(), p.updatedAt());
    }

    /** Both languages or neither: customers of either language read the same thing. {@code field} names it ({@link Refusal.Field}). */
    static LocalizedText text(String field, Map<String, String> byLanguage) {
        if (byLanguage == null) {
            return null;
        }
        String fr = byLanguage.getOrDefault("fr", "");
        String en = byLanguage.getOrDefault("en", "");
        fr = fr == null ? "" : fr.strip();
        en = en == null ? "" : en.strip();
        if (fr.isEmpty() && en.isEmpty()) {
            return null;
        }
        if (fr.isEmpty() || en.isEmpty()) {
            throw new Refusal("both-languages", new Refusal.Field(field));
        }
        return new LocalizedText(fr, en);
    }
}
