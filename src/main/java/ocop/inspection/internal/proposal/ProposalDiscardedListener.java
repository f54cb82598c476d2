package ocop.inspection.internal.proposal;

import ocop.documents.DocumentDiscarded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Dự thảo đề nghị thu hồi bị hủy: when the draft of a visit's revocation proposal is discarded, the visit lets go of
 * it so an officer can draft it again. After the discard commits, in a transaction of its own (nothing may veto a
 * discard); the Event Publication Registry hands the event over again if this fails. Idempotent on the document id.
 */
@Component
class ProposalDiscardedListener {

    private static final Logger log = LoggerFactory.getLogger(ProposalDiscardedListener.class);

    private final VisitRevocationProposals proposals;

    ProposalDiscardedListener(VisitRevocationProposals proposals) {
        this.proposals = proposals;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(DocumentDiscarded event) {
        if (proposals.discarded(event.documentId(), event.reason())) {
            log.info("Revocation proposal draft {} discarded; the visit may draft it again", event.documentId());
        }
    }
}
