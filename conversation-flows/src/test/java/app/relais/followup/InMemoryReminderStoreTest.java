package app.relais.followup;

/** The in-memory store keeps the reminder-store contract. */
class InMemoryReminderStoreTest extends ReminderStoreContract {

    @Override
    protected ReminderStore store() {
        return new InMemoryReminderStore();
    }
}
