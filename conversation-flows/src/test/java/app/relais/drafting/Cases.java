package app.relais.drafting;

import app.relais.catalog.Catalog;
import app.relais.catalog.CatalogLoader;
import app.relais.catalog.Problem;
import app.relais.dossier.EvidenceEntry;
import app.relais.store.CaseData;
import java.time.Instant;

/** Cases as the flow leaves them before REVIEW, built from the real catalog. */
final class Cases {

    static final Catalog CATALOG = new CatalogLoader().load();
    static final Instant AT = Instant.parse("2026-11-21T20:00:00Z");

    private Cases() {
    }

    static Problem problem(String fullId) {
        return CATALOG.require(fullId);
    }

    /** A banned WhatsApp number, told in French. */
    static CaseData bannedNumber() {
        return CaseData.fresh("fr").withProblem("whatsapp/account-banned")
                .withEvidence(EvidenceEntry.value("phone", "+33612345678", AT))
                .withEvidence(EvidenceEntry.value("banned-at", "2026-11-20T08:15+01:00", AT))
                .withAnswer(DraftBuilder.ROLE, "titulaire du compte concerné").withAnswer(DraftBuilder.ROLE_CHOICE, "owner")
                .withAnswer(DraftBuilder.FACTS, "Mon numéro a été banni sans raison, je n’utilise WhatsApp que pour ma famille.")
                .withAnswer(DraftBuilder.IMPACT, "Je ne peux plus joindre mes clients.")
                .withAnswer(DraftBuilder.OUTCOME, "Réexaminer le bannissement et rétablir mon numéro")
                .withAnswer(DraftBuilder.OUTCOME_CHOICE, "0");
    }

    /** A post removed by mistake, told in French. */
    static CaseData removedPost() {
        return CaseData.fresh("fr").withProblem("facebook/content-removed")
                .withEvidence(EvidenceEntry.value("post-url", "https://www.facebook.com/mapage/posts/123", AT))
                .withEvidence(EvidenceEntry.value("removed-at", "2026-11-03T09:30+01:00", AT))
                .withAnswer(DraftBuilder.ROLE, "administrateur de la page concernée").withAnswer(DraftBuilder.ROLE_CHOICE, "page-admin")
                .withAnswer(DraftBuilder.FACTS, "J’ai publié l’affiche de notre concert, elle a été retirée le lendemain.")
                .withAnswer(DraftBuilder.IMPACT, "Moins de billets vendus.")
                .withAnswer(DraftBuilder.OUTCOME, "Rétablir la publication supprimée").withAnswer(DraftBuilder.OUTCOME_CHOICE, "0");
    }

    /** A hacked Facebook account, told in French, every item given. */
    static CaseData hackedAccount() {
        return CaseData.fresh("fr").withProblem("facebook/account-hacked")
                .withEvidence(EvidenceEntry.value("profile-url", "https://www.facebook.com/jeanne.martin", AT))
                .withEvidence(EvidenceEntry.value("account-email", "jeanne.martin@example.fr", AT))
                .withEvidence(EvidenceEntry.value("started-at", "2026-11-12T21:30+01:00", AT))
                .withEvidence(EvidenceEntry.value("changes", "mot de passe et adresse e-mail", AT))
                .withAnswer(DraftBuilder.ROLE_CHOICE, "owner")
                .withAnswer(DraftBuilder.FACTS, "J’ai reçu un e-mail de changement de mot de passe.")
                .withAnswer(DraftBuilder.IMPACT, "Mes clients reçoivent des messages frauduleux.")
                .withAnswer(DraftBuilder.OUTCOME_CHOICE, "0");
    }
}
