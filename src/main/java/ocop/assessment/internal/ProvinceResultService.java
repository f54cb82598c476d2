package ocop.assessment.internal;

import ocop.access.AccessApi;
import ocop.assessment.domain.AssessmentPermissions;
import ocop.dossier.DossierStatus;
import ocop.dossier.DossierSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province's result on a dossier sent to it (kết quả đánh giá, phân hạng của tỉnh, Điều 7.3): recorded by the
 * province's officer, or by the ward officer from the province's written notice. Recording itself belongs to the
 * dossier module ({@code DossierApi.recordResult}, {@code POST /dossiers/{id}/result} and
 * {@code POST /api/v1/dossiers/{id}/result}): it decides the outcome (recognised, not recognised, or proposed to the
 * ministry from 90 points), updates the product's stars and history, and publishes the recognition from which the
 * certification module creates the certificate. This side only prepares the page.
 */
@Service
public class ProvinceResultService {

    private final DossierPort dossiers;
    private final AccessApi access;

    ProvinceResultService(DossierPort dossiers, AccessApi access) {
        this.dossiers = dossiers;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public DossierSummary dossier(long dossierId) {
        return dossiers.get(dossierId);
    }

    /** Whether the user may record a result on this dossier now (role and state). */
    public boolean mayRecord(DossierSummary d) {
        return AssessmentPermissions.mayRecordResult(access.currentUser())
                && (d.status() == DossierStatus.SENT_TO_PROVINCE || d.status() == DossierStatus.PROPOSED_TO_MINISTRY);
    }
}
