package app.relais.core;

import app.relais.catalog.Catalog;
import app.relais.catalog.CatalogLoader;
import app.relais.conversation.ConversationEngine;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.OutboundGateway;
import app.relais.conversation.OutboundGateways;
import app.relais.dossier.DossierArchive;
import app.relais.dossier.EvidenceValidators;
import app.relais.drafting.DraftBuilder;
import app.relais.drafting.EmlWriter;
import app.relais.engine.ErasureListener;
import app.relais.engine.Flow;
import app.relais.engine.FlowEngine;
import app.relais.files.FileIntake;
import app.relais.files.FileStore;
import app.relais.files.InMemoryFileStore;
import app.relais.followup.CalendarFile;
import app.relais.followup.FollowUpDraft;
import app.relais.followup.FollowUpEmails;
import app.relais.followup.FollowUpMessages;
import app.relais.followup.FollowUps;
import app.relais.followup.InMemoryReminderStore;
import app.relais.followup.ReminderService;
import app.relais.followup.ReminderStore;
import app.relais.store.CaffeineConversationStore;
import app.relais.store.ConversationStore;
import app.relais.crisis.CrisisEmails;
import app.relais.crisis.CrisisKitFlow;
import app.relais.email.EmailOffer;
import app.relais.email.EmailReminderStore;
import app.relais.email.EmailReminders;
import app.relais.email.EmailSender;
import app.relais.email.InMemoryEmailReminderStore;
import app.relais.crisis.TimelineScheduler;
import app.relais.engine.TurnHook;
import app.relais.handoff.AgentDesk;
import app.relais.handoff.Delivery;
import app.relais.handoff.Handoff;
import app.relais.handoff.HandoffHook;
import app.relais.handoff.HandoffSettings;
import app.relais.handoff.InMemoryTicketStore;
import app.relais.handoff.TicketStore;
import app.relais.offscript.Intents;
import app.relais.offscript.OffScriptHook;
import app.relais.crisis.CrisisServices;
import app.relais.outage.ActivityDesk;
import app.relais.outage.ActivityLog;
import app.relais.outage.BannerPublisher;
import app.relais.outage.BusinessProfile;
import app.relais.outage.BusinessProfiles;
import app.relais.outage.CadenceReminder;
import app.relais.outage.Faq;
import app.relais.outage.FaqEditor;
import app.relais.outage.FaqStore;
import app.relais.outage.FirstWords;
import app.relais.outage.InMemoryActivityLog;
import app.relais.outage.InMemoryFaqStore;
import app.relais.outage.InMemoryProfileStore;
import app.relais.outage.IncidentReports;
import app.relais.outage.ProfileStore;
import app.relais.outage.SiteLinks;
import app.relais.outage.VisitorRouter;
import app.relais.outage.InMemoryIncidentStore;
import app.relais.outage.IncidentStore;
import app.relais.outage.OutageBoard;
import app.relais.outage.OutageFallbackFlow;
import app.relais.outage.OutageHook;
import app.relais.outage.OutageServices;
import app.relais.outbox.Courier;
import app.relais.outbox.InMemoryOutbox;
import app.relais.outbox.Outbox;
import app.relais.store.ConversationLog;
import app.relais.support.SupportRequestFlow;
import app.relais.support.SupportServices;
import app.relais.triage.NaiveBayesTriage;
import app.relais.triage.Triage;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The engine and the services channels need, assembled from a catalog, stores and a clock. */
public final class RelaisCore {

    private final Catalog catalog;
    private final Triage triage;
    private final FileStore files;
    private final FileIntake intake;
    private final ConversationStore conversations;
    private final FlowEngine engine;
    private final List<ErasureListener> erasers;
    private final OutboundGateways gateways = new OutboundGateways();
    private final ReminderService reminders;
    private final Faq faq;
    private final FaqEditor faqEditor;
    private final BusinessProfiles profiles;
    private final ActivityLog activity;
    private final VisitorRouter router;
    private final IncidentReports reports;
    private final OutageBoard outage;
    private final CadenceReminder cadence;
    private final Delivery delivery;
    private final Handoff handoff;
    private final TimelineScheduler timeline;
    private final EmailReminders emailReminders;
    private final Outbox outbox;
    private final Courier courier;

    private RelaisCore(Builder b) {
        this.catalog = b.catalog != null ? b.catalog : new CatalogLoader().load();
        this.triage = b.triage.apply(catalog);
        this.files = b.files != null ? b.files : new InMemoryFileStore(b.clock);
        this.intake = new FileIntake(files);
        ConversationStore snapshots = b.conversations != null ? b.conversations
                : new CaffeineConversationStore(100_000, Duration.ofDays(30));
        if (b.outbox != null) {
            // A durable outbox: the given store writes each turn's record with its snapshot.
            this.outbox = b.outbox;
            this.conversations = snapshots;
        } else {
            InMemoryOutbox memory = new InMemoryOutbox(b.clock, files);
            this.outbox = memory;
            this.conversations = memory.recording(snapshots);
        }
        this.courier = new Courier(outbox, gateways);
        DraftBuilder drafts = new DraftBuilder(files);
        FollowUpDraft followUpDrafts = new FollowUpDraft(drafts, b.zone);
        this.reminders = new ReminderService(b.reminders != null ? b.reminders : new InMemoryReminderStore(),
                courier, new FollowUpMessages(conversations, catalog, followUpDrafts), b.clock, b.followUpAfter);
        this.emailReminders = new EmailReminders(b.emailReminders != null ? b.emailReminders
                : new InMemoryEmailReminderStore(), b.emailSender, b.clock);
        emailReminders.compose("followup", new FollowUpEmails(conversations, catalog, followUpDrafts));
        emailReminders.compose("crisis:", new CrisisEmails(conversations));
        EmailOffer offer = new EmailOffer(emailReminders, gateways, new EvidenceValidators(), b.zone);
        CalendarFile calendar = new CalendarFile(files, b.clock);
        SupportServices services = new SupportServices(catalog, triage, new EvidenceValidators(),
                drafts, files, b.zone, new EmlWriter(files, b.clock),
                new FollowUps(reminders, followUpDrafts, calendar, offer),
                new DossierArchive(files), b.failuresBeforeEscape);
        BusinessProfile defaults = b.business != null ? b.business : BusinessProfiles.load();
        this.profiles = new BusinessProfiles(b.profileStore != null ? b.profileStore : new InMemoryProfileStore(), defaults);
        this.faq = b.faq != null ? b.faq : Faq.load();
        this.faq.fillFrom(profiles::current);
        this.faqEditor = new FaqEditor(faq, b.faqStore != null ? b.faqStore : new InMemoryFaqStore());
        this.activity = b.activity != null ? b.activity : new InMemoryActivityLog();
        this.outage = new OutageBoard(profiles, b.incidents != null ? b.incidents : new InMemoryIncidentStore(),
                b.banners, b.clock);
        this.delivery = new Delivery(courier);
        List<AgentDesk> desks = new ArrayList<>(b.desks);
        desks.add(new ActivityDesk(activity, b.clock));
        this.handoff = new Handoff(b.tickets != null ? b.tickets : new InMemoryTicketStore(), delivery, desks,
                b.handoffSettings != null ? b.handoffSettings : HandoffSettings.defaults(),
                () -> profiles.current().email(), b.clock);
        this.cadence = new CadenceReminder(outage, handoff::notice);
        this.timeline = new TimelineScheduler(delivery, b.clock);
        this.router = b.router != null ? b.router.apply(catalog, faq) : new VisitorRouter(catalog, faq);
        this.reports = new IncidentReports(outage, activity, faq, b.zone, b.clock);
        SiteLinks links = new SiteLinks(b.publicUrl);
        HandoffHook human = new HandoffHook(handoff);
        List<Flow> flows = new ArrayList<>();
        flows.add(SupportRequestFlow.create(services));
        flows.add(OutageFallbackFlow.create(new OutageServices(outage, faq, handoff, new EvidenceValidators(), b.zone,
                profiles, router, activity, human)));
        flows.add(CrisisKitFlow.create(new CrisisServices(timeline, outage, profiles, links, b.zone, offer, calendar)));
        List<ErasureListener> erasers = new ArrayList<>(b.erasers);
        erasers.add(reminders);
        erasers.add(emailReminders);
        erasers.add(files::deleteAll);
        erasers.add(handoff::erase);
        erasers.add(timeline::cancel);
        erasers.add(activity::forget);
        // The outbox finds a conversation's turns from its snapshot row: it erases before the row goes.
        erasers.add(outbox::erase);
        erasers.add(conversations::delete);
        this.erasers = List.copyOf(erasers);
        Intents intents = b.intents != null ? b.intents : Intents.load();
        intents.checkFlows(flows.stream().map(Flow::id).toList());
        List<TurnHook> hooks = new ArrayList<>(List.of(human, new OutageHook(outage, profiles),
                new FirstWords(router, outage, profiles, faq, human, activity),
                new OffScriptHook(intents, catalog, human::requestHuman)));
        hooks.addAll(b.hooks);
        this.engine = new FlowEngine(flows, conversations, b.clock, erasers, hooks);
    }

    public static Builder builder() {
        return new Builder();
    }

    public ConversationEngine engine() {
        return engine;
    }

    public Catalog catalog() {
        return catalog;
    }

    public Triage triage() {
        return triage;
    }

    public FileStore files() {
        return files;
    }

    public FileIntake intake() {
        return intake;
    }

    public ConversationStore conversations() {
        return conversations;
    }

    public Faq faq() {
        return faq;
    }

    /** The admins' edits of the FAQ (saved, then in force for every conversation). */
    public FaqEditor faqEditor() {
        return faqEditor;
    }

    /** The business profile in force and its edits. */
    public BusinessProfiles profiles() {
        return profiles;
    }

    /** What happened on the business's side (visits, hand-offs, answers), for the incident reports. */
    public ActivityLog activity() {
        return activity;
    }

    /** Where a visitor's first words go: the business or the support assistant. */
    public VisitorRouter router() {
        return router;
    }

    /** One report per incident: duration, conversations, hand-offs, agents' first answers, FAQ. */
    public IncidentReports reports() {
        return reports;
    }

    /** The business's channels and their incidents; adapters add their {@link BannerPublisher} here. */
    public OutageBoard outage() {
        return outage;
    }

    /** Suggests outage updates to the agents; the application runs {@link CadenceReminder#check()} periodically. */
    public CadenceReminder cadence() {
        return cadence;
    }

    /** How the hand-off and the crisis kit write to a customer outside a turn. */
    public Delivery delivery() {
        return delivery;
    }

    /** The conversations' outbox: channels send committed replies from it ({@code OutboxSender}). */
    public Outbox outbox() {
        return outbox;
    }

    /** The conversations' transcripts (the agent desk reads them): the outbox's rows. */
    public ConversationLog log() {
        return outbox;
    }

    /** Writes messages outside a turn into the outbox and hands them to their channel. */
    public Courier courier() {
        return courier;
    }

    /** Tickets and agents; desks are added with {@link Handoff#addDesk}. */
    public Handoff handoff() {
        return handoff;
    }

    /** The crisis kit's reminders; the application runs {@link TimelineScheduler#runDue()} periodically. */
    public TimelineScheduler timeline() {
        return timeline;
    }

    /** Erases everything kept about a conversation, as /forget does (used by retention too). */
    public void erase(ConversationKey key) {
        erasers.forEach(e -> e.erase(key));
    }

    /** Schedules, cancels and fires follow-up reminders; a poller calls {@link ReminderService#fireDue()}. */
    public ReminderService reminders() {
        return reminders;
    }

    /** Reminders by email: a poller calls {@link EmailReminders#fireDue()}; the unsubscribe page calls it too. */
    public EmailReminders emailReminders() {
        return emailReminders;
    }

    /** How messages the bot writes first reach a channel: each channel adapter registers its gateway. */
    public void registerGateway(OutboundGateway gateway) {
        gateways.register(gateway);
    }

    public static final class Builder {
        private Catalog catalog;
        private Function<Catalog, Triage> triage = NaiveBayesTriage::new;
        private FileStore files;
        private ConversationStore conversations;
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = ZoneId.of("Europe/Paris");
        private ReminderStore reminders;
        private Duration followUpAfter = Duration.ofDays(7);
        private int failuresBeforeEscape = SupportServices.DEFAULT_FAILURES_BEFORE_ESCAPE;
        private final List<ErasureListener> erasers = new ArrayList<>();
        private BusinessProfile business;
        private ProfileStore profileStore;
        private FaqStore faqStore;
        private ActivityLog activity;
        private String publicUrl;
        private java.util.function.BiFunction<Catalog, Faq, VisitorRouter> router;
        private Faq faq;
        private IncidentStore incidents;
        private TicketStore tickets;
        private Outbox outbox;
        private BannerPublisher banners = BannerPublisher.NONE;
        private final List<AgentDesk> desks = new ArrayList<>();
        private final List<TurnHook> hooks = new ArrayList<>();
        private HandoffSettings handoffSettings;
        private EmailReminderStore emailReminders;
        private EmailSender emailSender = EmailSender.NONE;
        private Intents intents;

        /** What people say instead of answering; {@code offscript/intents.yml} by default. */
        public Builder intents(Intents value) {
            intents = value;
            return this;
        }

        /** A hook that runs after the built-in ones (hand-off, outage), e.g. the application's metrics. */
        public Builder hook(TurnHook value) {
            hooks.add(value);
            return this;
        }

        /** The business profile of a first start and its channels; {@code outage/business.yml} by default. */
        public Builder business(BusinessProfile value) {
            business = value;
            return this;
        }

        /** Where the business profile admins edit is kept; in memory unless a durable store is given. */
        public Builder profileStore(ProfileStore value) {
            profileStore = value;
            return this;
        }

        /** Where the FAQ admins edit is kept; in memory unless a durable store is given. */
        public Builder faqStore(FaqStore value) {
            faqStore = value;
            return this;
        }

        /** Where the activity the incident reports count is kept; in memory unless a durable log is given. */
        public Builder activity(ActivityLog value) {
            activity = value;
            return this;
        }

        /** Relais's public address (RELAIS_PUBLIC_URL), for links to its pages; null when unknown. */
        public Builder publicUrl(String value) {
            publicUrl = value;
            return this;
        }

        /** The visitor router, when trained beforehand (the application trains it at start, beside the triage). */
        public Builder router(java.util.function.BiFunction<Catalog, Faq, VisitorRouter> value) {
            router = value;
            return this;
        }

        public Builder faq(Faq value) {
            faq = value;
            return this;
        }

        public Builder incidents(IncidentStore value) {
            incidents = value;
            return this;
        }

        public Builder tickets(TicketStore value) {
            tickets = value;
            return this;
        }

        /**
         * The durable outbox; {@link #conversations} must then be a store that writes each turn's
         * record with its snapshot into it. In memory (with the store wrapped) when not set.
         */
        public Builder outbox(Outbox value) {
            outbox = value;
            return this;
        }

        public Builder banners(BannerPublisher value) {
            banners = value;
            return this;
        }

        public Builder agentDesk(AgentDesk value) {
            desks.add(value);
            return this;
        }

        public Builder handoff(HandoffSettings value) {
            handoffSettings = value;
            return this;
        }

        public Builder catalog(Catalog value) {
            catalog = value;
            return this;
        }

        public Builder triage(Function<Catalog, Triage> value) {
            triage = value;
            return this;
        }

        public Builder files(FileStore value) {
            files = value;
            return this;
        }

        public Builder conversations(ConversationStore value) {
            conversations = value;
            return this;
        }

        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        /** The time zone dates are read in when the user gives none. */
        public Builder zone(ZoneId value) {
            zone = value;
            return this;
        }

        /** Where follow-up reminders wait; in memory unless a durable store is given. */
        public Builder reminders(ReminderStore value) {
            reminders = value;
            return this;
        }

        /** How long after a request is sent its follow-up is due (seven days by default). */
        public Builder followUpAfter(Duration value) {
            followUpAfter = value;
            return this;
        }

        /** After how many refused answers to one evidence item "I don't have it" is offered (default 3). */
        public Builder failuresBeforeEscape(int value) {
            failuresBeforeEscape = value;
            return this;
        }

        /** Where emails due wait; in memory unless a durable store is given. */
        public Builder emailReminders(EmailReminderStore value) {
            emailReminders = value;
            return this;
        }

        /** How emails are sent; without one (the default), reminders by email are never offered. */
        public Builder emailSender(EmailSender value) {
            emailSender = value;
            return this;
        }

        public Builder onErase(ErasureListener value) {
            erasers.add(value);
            return this;
        }

        public RelaisCore build() {
            return new RelaisCore(this);
        }
    }
}
