package ocop.assessment.internal;

import ocop.documents.DocumentIssued;
import ocop.documents.DocumentType;
import ocop.dossier.DossierAction;
import ocop.dossier.DossierStatus;
import ocop.dossier.DossierSummary;
import ocop.system.ConflictException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves dossiers when the leader issues their documents (ban hành → chuyển bước hồ sơ): a Mẫu 03 report →
 * {@code ISSUE_REPORT}; a request to the province → {@code SEND_TO_PROVINCE} for every dossier it lists.
 *
 * <p>Deliberately a plain, synchronous {@link EventListener} and not an asynchronous module listener: it runs inside
 * the issuing transaction as the signed-in leader, so the dossier's state machine checks that person's role, and an
 * issue that cannot move its dossier is rolled back with it — whether it was issued from the documents pages, the
 * documents API or this module's convenience endpoints.
 */
@Component
class DocumentIssuedListener {

    private final AssessmentRepository assessments;
    private final ProvinceRequestRepository requests;
    private final DossierPort dossiers;
    private final LabelSource labels;

    DocumentIssuedListener(AssessmentRepository assessments, ProvinceRequestRepository requests, DossierPort dossiers,
                           LabelSource labels) {
        this.assessments = assessments;
        this.requests = requests;
        this.dossiers = dossiers;
        this.labels = labels;
    }

    @EventListener
    void on(DocumentIssued event) {
        if (event.type() == DocumentType.BC) {
            assessments.dossierOfReport(event.id()).ifPresent(dossierId -> move(dossierId,
                    DossierStatus.WARD_ASSESSMENT, DossierStatus.REPORT_ISSUED, DossierAction.ISSUE_REPORT,
                    "Ban hành báo cáo Mẫu 03 số " + event.number()));
        } else if (event.type() == DocumentType.CV || event.type() == DocumentType.TTr) {
            requests.byDocument(event.id()).ifPresent(r -> r.dossierIds().forEach(dossierId -> move(dossierId,
                    DossierStatus.REPORT_ISSUED, DossierStatus.SENT_TO_PROVINCE, DossierAction.SEND_TO_PROVINCE,
                    "Văn bản đề nghị số " + event.number())));
        }
    }

    /** Moves the dossier; already moved is fine, anything else refuses the issue (it rolls back). */
    private void move(long dossierId, DossierStatus from, DossierStatus to, DossierAction action, String note) {
        DossierSummary d = dossiers.get(dossierId);
        if (d.status() == from) {
            dossiers.apply(dossierId, action, note);
        } else if (d.status() != to) {
            throw new ConflictException(null, "Hồ sơ " + d.productName() + " đang ở bước «"
                    + labels.label(d.status().labelKey()) + "», không còn chờ văn bản này; văn bản chưa được ban hành.");
        }
    }
}
