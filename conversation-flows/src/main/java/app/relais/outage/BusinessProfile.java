package app.relais.outage;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The business Relais stands in for: its name, the contact addresses customers are redirected to
 * during an outage, and the channels the status page reports on.
 */
public record BusinessProfile(String name, String email, String phone, List<BusinessChannel> channels) {

    public BusinessProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[a-zA-Z]{2,}")) {
            throw new IllegalArgumentException("email is not an address: " + email);
        }
        channels = List.copyOf(Objects.requireNonNull(channels, "channels"));
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("channels lists no channel");
        }
        Set<String> ids = new HashSet<>();
        for (BusinessChannel channel : channels) {
            if (!ids.add(channel.id())) {
                throw new IllegalArgumentException("channel '" + channel.id() + "' is listed twice");
            }
        }
    }

    public Optional<BusinessChannel> channel(String id) {
        return channels.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
