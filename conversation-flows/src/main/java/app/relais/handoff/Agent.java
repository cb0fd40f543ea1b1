package app.relais.handoff;

import java.util.Objects;

/**
 * A person who answers customers. {@code id} says who is accountable, whatever desk they work
 * at ({@code account:7} for an account of the agent desk, {@code telegram:5518273641} for a member
 * of the agents' Telegram group, {@code token:crm} for an automation); {@code name} is what the
 * customer sees ("Camille de l’équipe prend votre demande"). Two agents with the same id are the
 * same person, whatever name they give.
 */
public record Agent(String id, String name) {

    public static final int NAME_MAX = 100;

    public Agent {
        Objects.requireNonNull(id);
        if (name == null || name.isBlank() || name.length() > NAME_MAX || name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("an agent's name is 1-" + NAME_MAX + " characters on one line");
        }
        name = name.strip();
    }

    /** An agent known only by name (tests, the older admin API): the name is the identity. */
    public static Agent named(String name) {
        return new Agent("name:" + name, name);
    }
}
