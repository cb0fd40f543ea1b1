package app.relais.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The kinds of support channel a platform offers. {@code LEGAL} is a route outside the platform (an
 * independent dispute-settlement body, an authority, a court): offered only once the platform's own
 * appeal has refused ({@link AfterRefusal}).
 */
public enum ChannelKind {
    OFFICIAL_PAGE, FORM, IN_APP, LIVE_CHAT, EMAIL, SOCIAL, LEGAL;

    @JsonCreator
    static ChannelKind of(String text) {
        return CatalogEnums.parse(ChannelKind.class, text, "channel kind");
    }
}
