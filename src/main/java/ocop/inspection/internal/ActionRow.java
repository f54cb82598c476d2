package ocop.inspection.internal;

import java.time.LocalDate;
import ocop.inspection.ActionStatus;
import ocop.inspection.Severity;

/** A row of inspection.corrective_action with its finding's text and severity and its visit's product. */
record ActionRow(long id, long findingId, long visitId, long rootVisitId, String unitCode, String provinceCode,
                 long producerId, long productId, String findingText, Severity severity, String description,
                 String owner, LocalDate deadline, ActionStatus status, Long closedVisitId, LocalDate closedOn,
                 String closingNote, LocalDate escalatedOn, String escalationNote, int version) {

    static final String SELECT = """
            SELECT a.id, a.finding_id, a.visit_id, a.root_visit_id, a.unit_code, a.province_code, a.producer_id,
                   v.product_id, f.text AS finding_text, f.severity, a.description, a.owner, a.deadline, a.status,
                   a.closed_visit_id, a.closed_on, a.closing_note, a.escalated_on, a.escalation_note, a.version
              FROM inspection.corrective_action a
              JOIN inspection.finding f ON f.id = a.finding_id
              JOIN inspection.visit v ON v.id = a.visit_id
            """;
}
