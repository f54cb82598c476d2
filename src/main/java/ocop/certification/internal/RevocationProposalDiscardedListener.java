package ocop.certification.internal;

import ocop.documents.DocumentDiscarded;
import ocop.documents.DocumentType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Lets go of a revocation proposal whose công văn draft was discarded (hủy dự thảo xác nhận ngừng sản xuất): the
 * proposal becomes DISCARDED, so the certificate may be confirmed again. After the discard commits, in a transaction
 * of its own (nothing may veto a discard); the Event Publication Registry hands the event over again if this fails.
 * Idempotent: only a draft moves.
 */
@Component
class RevocationProposalDiscardedListener {

    private final ProposalTransitions transitions;

    RevocationProposalDiscardedListener(ProposalTransitions transitions) {
        this.transitions = transitions;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(DocumentDiscarded event) {
        if (event.type() == DocumentType.CV) {
            transitions.discarded(event.documentId());
        }
    }
}
