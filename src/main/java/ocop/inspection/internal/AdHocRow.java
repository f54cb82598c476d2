package ocop.inspection.internal;

import java.time.LocalDate;
import ocop.inspection.AdHocReason;

/** A row of inspection.adhoc_request, with the visit started from it (if any). */
record AdHocRow(long id, String unitCode, String provinceCode, long productId, Long producerId, AdHocReason reason,
                String sourceRef, String note, LocalDate raisedOn, String raisedBy, Long visitId) {

    static final String SELECT = """
            SELECT r.id, r.unit_code, r.province_code, r.product_id, r.producer_id, r.reason, r.source_ref, r.note,
                   r.raised_on, r.raised_by, (SELECT v.id FROM inspection.visit v WHERE v.adhoc_request_id = r.id)
                   AS visit_id
              FROM inspection.adhoc_request r
            """;
}
