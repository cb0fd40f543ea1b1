package app.relais.crisis;

import app.relais.email.EmailReminder;
import app.relais.email.EmailReminders;
import app.relais.i18n.Messages;
import app.relais.store.ConversationStore;
import java.util.Arrays;
import java.util.Optional;

/**
 * A timeline step's reminder as an email, in the manager's language; nothing once the conversation
 * left the crisis kit or was erased (stopping the reminders cancels the emails outright).
 */
public final class CrisisEmails implements EmailReminders.Composer {

    private final ConversationStore conversations;

    public CrisisEmails(ConversationStore conversations) {
        this.conversations = conversations;
    }

    @Override
    public Optional<EmailReminders.Content> compose(EmailReminder reminder) {
        String stepKey = reminder.kind().substring(TimelineStage.EMAIL_KIND.length());
        Optional<TimelineStep> step = Arrays.stream(TimelineStep.values()).filter(s -> s.key().equals(stepKey)).findFirst();
        if (step.isEmpty() || conversations.load(reminder.key()).filter(s -> s.flow().equals(CrisisKitFlow.ID)).isEmpty()) {
            return Optional.empty();
        }
        Messages texts = Messages.of(reminder.language());
        return Optional.of(new EmailReminders.Content(texts.get("reminders.email.crisis.subject"),
                texts.get("crisis.reminder." + step.get().key()), texts.language()));
    }
}
