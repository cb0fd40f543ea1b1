package app.relais.support;

import app.relais.catalog.Catalog;
import app.relais.catalog.Problem;
import app.relais.dossier.DossierArchive;
import app.relais.dossier.EvidenceValidators;
import app.relais.drafting.DraftBuilder;
import app.relais.drafting.EmlWriter;
import app.relais.engine.Turn;
import app.relais.files.FileStore;
import app.relais.followup.FollowUps;
import app.relais.triage.Triage;
import java.time.ZoneId;

/**
 * What the support-request stages work with. {@code failuresBeforeEscape}: after that many refused
 * answers to one evidence item, "I don't have it" is offered even for a required item.
 */
public record SupportServices(Catalog catalog, Triage triage, EvidenceValidators validators,
                              DraftBuilder drafts, FileStore files, ZoneId zone,
                              EmlWriter emails, FollowUps followUps,
                              DossierArchive archive, int failuresBeforeEscape) {

    public static final int DEFAULT_FAILURES_BEFORE_ESCAPE = 3;

    public SupportServices {
        if (failuresBeforeEscape < 1) {
            throw new IllegalArgumentException("failuresBeforeEscape must be at least 1");
        }
    }

    /** The problem the conversation is about; stages after TRIAGE may rely on it. */
    Problem problem(Turn turn) {
        return catalog.require(turn.data().problem());
    }
}
