package ocop.assessment.internal;

import java.util.List;
import ocop.dossier.DossierAction;
import ocop.dossier.DossierApi;
import ocop.dossier.DossierEvidence;
import ocop.dossier.DossierStatus;
import ocop.dossier.DossierSummary;
import ocop.dossier.EvidenceFile;
import ocop.dossier.ResultInput;
import ocop.system.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The one place this module talks to the dossier module (cổng sang mô-đun hồ sơ), through its public
 * {@link DossierApi} only: reads act as the signed-in user (outside the scope a dossier is not found) and moves are
 * checked there against the state machine.
 */
@Component
public class DossierPort {

    private final DossierApi dossiers;

    DossierPort(DossierApi dossiers) {
        this.dossiers = dossiers;
    }

    public DossierSummary get(long id) {
        return dossiers.dossier(id).orElseThrow(() -> notFound(id));
    }

    public List<DossierSummary> inStates(DossierStatus... states) {
        return dossiers.dossiers(List.of(states));
    }

    public DossierSummary apply(long id, DossierAction action, String note) {
        return dossiers.apply(id, action, note, null);
    }

    /** The province's result (Điều 7.3); the dossier module updates the registry and publishes the recognition. */
    public DossierSummary recordResult(long id, ResultInput input) {
        return dossiers.recordResult(id, input);
    }

    public List<DossierEvidence> evidence(long id) {
        return dossiers.evidence(id);
    }

    public EvidenceFile evidenceFile(long id, long evidenceId) {
        return dossiers.evidenceFile(id, evidenceId);
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("Không tìm thấy hồ sơ " + id + ".");
    }
}
