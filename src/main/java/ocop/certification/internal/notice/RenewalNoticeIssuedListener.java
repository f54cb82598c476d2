package ocop.certification.internal.notice;

import ocop.access.AuditTrail;
import ocop.access.AuditTrail.AuditAction;
import ocop.documents.DocumentIssued;
import ocop.documents.DocumentType;
import ocop.documents.DocumentsApi;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Marks renewal notices when the leader issues documents (ban hành thông báo đánh giá lại): an issued notice takes its
 * number and date, so its certificates show "Đã thông báo: số …/TB-UBND ngày …"; the notice an issued TB or CV
 * replaces (from these pages or the documents pages) becomes {@code REPLACED}, freeing its certificates for the new
 * one. A plain synchronous {@link EventListener}, like the assessment module's: it runs inside the issuing transaction
 * as the leader, so the mark and the issue commit or roll back together.
 */
@Component
public class RenewalNoticeIssuedListener {

    private final RenewalNoticeRepository notices;
    private final DocumentsApi documents;
    private final AuditTrail audit;

    RenewalNoticeIssuedListener(RenewalNoticeRepository notices, DocumentsApi documents, AuditTrail audit) {
        this.notices = notices;
        this.documents = documents;
        this.audit = audit;
    }

    @EventListener
    void on(DocumentIssued event) {
        if (event.type() != DocumentType.TB && event.type() != DocumentType.CV) {
            return;
        }
        notices.byDocument(event.id()).ifPresent(n -> {
            if (notices.markIssued(n.id(), event.number(), event.issuedOn())) {
                audit.record(RenewalNotices.ENTITY, n.id(), n.unitCode(), AuditAction.UPDATE, n,
                        notices.byDocument(event.id()).orElseThrow());
            }
        });
        Long replaced = documents.get(event.id()).replacesId();
        if (replaced != null) {
            notices.byDocument(replaced).ifPresent(old -> {
                if (notices.markReplaced(old.id())) {
                    audit.record(RenewalNotices.ENTITY, old.id(), old.unitCode(), AuditAction.UPDATE, old,
                            notices.byDocument(replaced).orElseThrow());
                }
            });
        }
    }
}
