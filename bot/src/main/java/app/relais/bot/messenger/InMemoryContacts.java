package app.relais.bot.messenger;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The contacts of one process, for tests and for running without a database. */
final class InMemoryContacts implements Contacts {

    private final Map<String, Contact> contacts = new ConcurrentHashMap<>();

    @Override
    public Optional<Contact> find(String psid) {
        return Optional.ofNullable(contacts.get(psid));
    }

    @Override
    public void wrote(String psid, Instant at) {
        contacts.merge(psid, new Contact(psid, at, List.of()), (old, fresh) -> old.lastMessageAt().isBefore(at)
                ? new Contact(psid, at, old.numbered()) : old);
    }

    @Override
    public void numbered(String psid, List<String> choiceIds) {
        contacts.compute(psid, (id, old) -> new Contact(psid, old == null ? null : old.lastMessageAt(),
                List.copyOf(choiceIds)));
    }

    @Override
    public int forgetIdleSince(Instant cutoff) {
        int before = contacts.size();
        contacts.values().removeIf(c -> c.lastMessageAt() == null || c.lastMessageAt().isBefore(cutoff));
        return before - contacts.size();
    }
}
