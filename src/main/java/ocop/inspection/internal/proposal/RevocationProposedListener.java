package ocop.inspection.internal.proposal;

import ocop.inspection.RevocationProposed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Soạn văn bản đề nghị thu hồi khi biên bản kết luận đề nghị thu hồi: after the submitting transaction commits (the
 * submission stands whatever happens to the draft), in a transaction of its own and the same thread, drafts the
 * proposal to the province as the person who submitted ({@link VisitRevocationProposals#draft}, once per visit). The Event
 * Publication Registry keeps the event until this returns, so a crash or a failure in between drafts it at the next
 * start — as that person, since no one is signed in then. Officers may also draft it by hand (the API's
 * {@code revocation-proposal}), which finds the same draft.
 */
@Component
class RevocationProposedListener {

    private static final Logger log = LoggerFactory.getLogger(RevocationProposedListener.class);

    private final VisitRevocationProposals proposals;

    RevocationProposedListener(VisitRevocationProposals proposals) {
        this.proposals = proposals;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(RevocationProposed event) {
        VisitRevocationProposals.Outcome outcome = proposals.draft(event.visitId(), event.submittedBy());
        if (outcome.created()) {
            log.info("Visit {}: revocation proposal drafted as document {} (ground {})", event.visitId(),
                    outcome.documentId().orElseThrow(), event.ground().letter());
        }
    }
}
