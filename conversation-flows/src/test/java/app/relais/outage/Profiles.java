package app.relais.outage;

import app.relais.catalog.LocalizedText;
import java.util.List;

/** Business profiles for tests: a shop with real-looking contacts, and the seed's channels. */
public final class Profiles {

    private Profiles() {
    }

    public static BusinessProfile dupont() {
        return new BusinessProfile("Boutique Dupont", "contact@boutique-dupont.fr", "04 78 00 00 00", null, null,
                new LocalizedText("du lundi au vendredi, de 9 h à 18 h", "Monday to Friday, 9 am to 6 pm"),
                List.of("fr"), null, null, BusinessProfiles.load().channels(), null, null);
    }
}
