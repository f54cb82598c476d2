package ocop.dossier.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import ocop.dossier.DossierAction;
import ocop.dossier.DossierApi;
import ocop.dossier.DossierEvidence;
import ocop.dossier.DossierForms;
import ocop.dossier.DossierKind;
import ocop.dossier.DossierStatus;
import ocop.dossier.DossierSummary;
import ocop.dossier.EvidenceFile;
import ocop.dossier.ResultInput;
import ocop.dossier.ReturnReason;
import ocop.system.NotFoundException;
import org.springframework.stereotype.Service;

/** The module's facade (cổng của mô-đun hồ sơ): delegates to the services, with their checks and transactions. */
@Service
class DefaultDossierApi implements DossierApi {

    private final DossierService dossiers;
    private final TransitionService transitions;
    private final ResultService results;
    private final DossierReader reader;
    private final EvidenceService evidence;

    DefaultDossierApi(DossierService dossiers, TransitionService transitions, ResultService results,
                      DossierReader reader, EvidenceService evidence) {
        this.dossiers = dossiers;
        this.transitions = transitions;
        this.results = results;
        this.reader = reader;
        this.evidence = evidence;
    }

    @Override
    public Optional<DossierSummary> dossier(long id) {
        try {
            return Optional.of(dossiers.summary(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<DossierSummary> dossiers(List<DossierStatus> states) {
        return dossiers.list(states == null ? List.of() : states, null);
    }

    @Override
    public List<DossierSummary> dossiersOfProduct(long productId) {
        return dossiers.list(List.of(), productId);
    }

    @Override
    public DossierSummary apply(long id, DossierAction action, String note, Integer expectedVersion) {
        return transitions.apply(id, action, note, List.of(), expectedVersion);
    }

    @Override
    public DossierSummary returnDossier(long id, List<ReturnReason> reasons, Integer expectedVersion) {
        return transitions.apply(id, DossierAction.RETURN, null, reasons, expectedVersion);
    }

    @Override
    public DossierSummary recordResult(long id, ResultInput input) {
        return results.record(id, input);
    }

    @Override
    public DossierForms forms(long id) {
        return reader.forms(id);
    }

    @Override
    public List<DossierEvidence> evidence(long id) {
        return evidence.list(id);
    }

    @Override
    public EvidenceFile evidenceFile(long id, long evidenceId) {
        return evidence.file(id, evidenceId);
    }

    @Override
    public DossierSummary openFollowUp(long productId, DossierKind kind) {
        return dossiers.openFollowUp(productId, kind);
    }

    @Override
    public LocalDate expectedCouncilDate(Long dossierId) {
        return dossiers.expectedCouncilDate(dossierId);
    }
}
