package app.relais.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The kinds of support channel a platform offers. */
public enum ChannelKind {
    OFFICIAL_PAGE, FORM, IN_APP, LIVE_CHAT, EMAIL, SOCIAL;

    @JsonCreator
    static ChannelKind of(String text) {
        return CatalogEnums.parse(ChannelKind.class, text, "channel kind");
    }
}
