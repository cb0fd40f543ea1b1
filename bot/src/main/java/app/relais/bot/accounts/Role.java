package app.relais.bot.accounts;

import java.util.List;
import java.util.Locale;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * ADMIN: everything an agent does, plus accounts, tokens, the audit log, and editing the business
 * profile and the FAQ. AGENT: conversations, canned answers, incidents, incident reports (the
 * profile and the FAQ read only). AUTOMATION: what a bearer token may do, the admin API without
 * accounts, tokens and the audit log.
 */
public enum Role {
    ADMIN, AGENT, AUTOMATION;

    List<GrantedAuthority> authorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + name()));
    }

    static Role parse(String value) {
        if (value == null) {
            throw new InvalidInputException("role");
        }
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "ADMIN" -> ADMIN;
            case "AGENT" -> AGENT;
            default -> throw new InvalidInputException("role");
        };
    }
}
