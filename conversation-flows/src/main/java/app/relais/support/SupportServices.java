package app.relais.support;

import app.relais.catalog.Catalog;
import app.relais.catalog.Problem;
import app.relais.dossier.EvidenceValidators;
import app.relais.drafting.DraftBuilder;
import app.relais.drafting.EmlWriter;
import app.relais.engine.Turn;
import app.relais.files.FileStore;
import app.relais.followup.FollowUps;
import app.relais.triage.Triage;
import java.time.ZoneId;

/** What the support-request stages work with. */
public record SupportServices(Catalog catalog, Triage triage, EvidenceValidators validators,
                              DraftBuilder drafts, FileStore files, ZoneId zone,
                              EmlWriter emails, FollowUps followUps) {

    /** The problem the conversation is about; stages after TRIAGE may rely on it. */
    Problem problem(Turn turn) {
        return catalog.require(turn.data().problem());
    }
}
