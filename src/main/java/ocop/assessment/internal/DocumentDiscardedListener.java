package ocop.assessment.internal;

import ocop.access.AuditTrail;
import ocop.access.AuditTrail.AuditAction;
import ocop.documents.DocumentDiscarded;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Drops the links to a discarded draft (dự thảo đã hủy) so the officer can draft again: the Mẫu 03 report of a
 * dossier, a meeting's invitation (GM) or minutes (BB), and a request to the province — which is nothing without its
 * document, so it is deleted and its dossiers may go into a new request. Each drop is audited.
 *
 * <p>Unlike {@link DocumentIssuedListener}, which runs inside the issuing transaction because a dossier that cannot
 * move must stop the issue, nothing here may stop a discard or roll it back: this runs after the discard commits, in a
 * transaction of its own, in the same thread. The Event Publication Registry keeps the event until this returns and
 * hands it over again at the next start; every drop matches on the document id, so a second delivery changes nothing.
 * Drafting again also works before this ran: a discarded draft still linked is treated as none.
 */
@Component
class DocumentDiscardedListener {

    static final String MEETING = "meeting";
    static final String REQUEST = "province_request";

    private final AssessmentRepository assessments;
    private final MeetingRepository meetings;
    private final ProvinceRequestRepository requests;
    private final AuditTrail audit;

    DocumentDiscardedListener(AssessmentRepository assessments, MeetingRepository meetings,
                              ProvinceRequestRepository requests, AuditTrail audit) {
        this.assessments = assessments;
        this.meetings = meetings;
        this.requests = requests;
        this.audit = audit;
    }

    /** What the audit trail shows of a link, before (the draft) and after (none, and why). */
    record Link(Long documentId, String note) {
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(DocumentDiscarded event) {
        Link before = new Link(event.documentId(), null);
        Link after = new Link(null, "Dự thảo đã hủy: " + event.reason());
        assessments.dropReport(event.documentId()).ifPresent(dossierId ->
                audit.record(AssessmentService.ENTITY, dossierId, event.unitCode(), AuditAction.UPDATE, before, after));
        for (long meetingId : meetings.dropDocument(event.documentId())) {
            audit.record(MEETING, meetingId, event.unitCode(), AuditAction.UPDATE, before, after);
        }
        requests.byDocument(event.documentId()).ifPresent(r -> {
            requests.delete(r.id());
            audit.record(REQUEST, r.id(), r.unitCode(), AuditAction.DELETE, r, null);
        });
    }
}
