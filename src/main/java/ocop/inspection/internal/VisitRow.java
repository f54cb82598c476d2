package ocop.inspection.internal;

import java.time.LocalDate;
import ocop.inspection.AdHocReason;
import ocop.inspection.InspectionOutcome;
import ocop.inspection.VisitKind;
import ocop.inspection.VisitStatus;

/** A row of inspection.visit (inspectors as jsonb text). */
public record VisitRow(long id, String unitCode, String provinceCode, long productId, long producerId, Long planItemId,
                Long adhocRequestId, AdHocReason reason, String sourceRef, VisitKind kind, Long previousVisitId,
                Long rootVisitId, LocalDate visitedOn, String inspectors, VisitStatus status, String templateCode,
                int templateVersion, Integer starsAtVisit, String criteriaSheetCode, Integer criteriaSheetVersion,
                String clientDraftId, int clientDraftVersion, InspectionOutcome outcome, String revocationGround,
                String conclusion, String createdBy, int version) {

    static final String COLUMNS = """
            v.id, v.unit_code, v.province_code, v.product_id, v.producer_id, v.plan_item_id, v.adhoc_request_id,
            v.reason, v.source_ref, v.kind, v.previous_visit_id, v.root_visit_id, v.visited_on,
            v.inspectors::text AS inspectors, v.status, v.template_code, v.template_version, v.stars_at_visit,
            v.criteria_sheet_code, v.criteria_sheet_version, v.client_draft_id, v.client_draft_version, v.outcome,
            v.revocation_ground, v.conclusion, v.created_by, v.version""";

    /** The initial visit of the chain this visit belongs to (kiểm tra gốc). */
    long chainRoot() {
        return rootVisitId != null ? rootVisitId : id;
    }
}
