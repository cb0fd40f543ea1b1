package app.relais.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a problem's advice says when its official path (an appeal, a review) can refuse: the
 * question asked before sending someone down that path ({@code question}), what to do while the
 * answer is awaited ({@code pending}), what a refusal means, said honestly ({@code refused}), and
 * what remains after it ({@code next}: other channels, independent bodies, authorities), in order.
 */
public record AfterRefusal(@JsonProperty(required = true) LocalizedText question,
                           @JsonProperty(required = true) LocalizedText pending,
                           @JsonProperty(required = true) LocalizedText refused,
                           @JsonProperty(required = true) List<SupportChannel> next) {

    public AfterRefusal {
        if (next == null || next.isEmpty()) {
            // Never a dead end: a refusal is answered with what remains, even if it is little.
            throw new IllegalArgumentException("'after_refusal' needs at least one channel in 'next'");
        }
        if (next.stream().anyMatch(SupportChannel::isEmail)) {
            // The problem's email channels are offered after a refusal too; listing them here would dodge their checks.
            throw new IllegalArgumentException("'after_refusal.next' cannot list an email channel: keep emails in 'channels'");
        }
        next = List.copyOf(next);
    }
}
