package ocop.dossier.internal;

import ocop.access.AuditTrail;
import ocop.access.AuditTrail.AuditAction;
import ocop.documents.DocumentDiscarded;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Drops a dossier's link to its Mẫu 01 or Mẫu 02 draft when the draft is discarded (hủy dự thảo), so the dossier page
 * no longer points at it and the officer drafts the form again. Audited on the dossier.
 *
 * <p>Nothing here may stop a discard: it runs after the discard commits, in a transaction of its own, in the same
 * thread; the Event Publication Registry hands the event over again after a crash, and dropping by the document id
 * is idempotent. {@link DossierDocuments} drafts anew even before this ran (a discarded draft is not revised).
 */
@Component
class FormDraftDiscardedListener {

    private final DossierStore store;
    private final AuditTrail audit;

    FormDraftDiscardedListener(DossierStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    /** What the audit trail shows: which form, its document before, and why it was dropped. */
    record FormDocument(String form, Long documentId, String note) {
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(DocumentDiscarded event) {
        for (DossierStore.FormLink link : store.dropDocument(event.documentId())) {
            String form = link.form01() ? "Mẫu 01" : "Mẫu 02";
            audit.record(DossierService.ENTITY, link.dossierId(), link.unitCode(), AuditAction.UPDATE,
                    new FormDocument(form, event.documentId(), null),
                    new FormDocument(form, null, "Dự thảo đã hủy: " + event.reason()));
        }
    }
}
