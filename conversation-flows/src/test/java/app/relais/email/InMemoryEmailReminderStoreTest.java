package app.relais.email;

/** The contract on the in-memory store (tests and trials). */
class InMemoryEmailReminderStoreTest extends EmailReminderStoreContract {

    @Override
    protected EmailReminderStore store() {
        return new InMemoryEmailReminderStore();
    }
}
