package ocop.certification.internal;

import java.time.LocalDate;
import java.util.Optional;
import ocop.access.AuditTrail;
import ocop.access.AuditTrail.AuditAction;
import ocop.certification.domain.RevocationProposalState;
import org.springframework.stereotype.Component;

/**
 * Moves a revocation proposal as {@link RevocationProposalState} allows, compare-and-set on the state read, and
 * audits each move (before/after). Used when its công văn is issued or its draft discarded, and when the certificate's
 * revocation decision is recorded; the caller's transaction.
 */
@Component
class ProposalTransitions {

    private final RevocationProposalRepository repository;
    private final AuditTrail audit;

    ProposalTransitions(RevocationProposalRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /**
     * The proposal whose document was issued takes its number and date (a draft becomes ISSUED); the row after the
     * move, empty when the document is no proposal's or nothing moved (already issued).
     */
    Optional<RevocationProposalRow> issued(long documentId, String number, LocalDate issuedOn) {
        return repository.byDocument(documentId).flatMap(p -> p.state().onIssued()
                .filter(next -> repository.issue(p.id(), p.state(), next, number, issuedOn))
                .map(next -> audited(p)));
    }

    /** The proposal whose draft was discarded becomes DISCARDED (the certificate may be confirmed again). */
    Optional<RevocationProposalRow> discarded(long documentId) {
        return repository.byDocument(documentId).flatMap(p -> p.state().onDiscarded()
                .filter(next -> repository.move(p.id(), p.state(), next))
                .map(next -> audited(p)));
    }

    /** The certificate's open proposal, if any, becomes DECIDED (its revocation decision was recorded). */
    void decided(long certificateId) {
        repository.open(certificateId).ifPresent(p -> p.state().onDecided()
                .filter(next -> repository.move(p.id(), p.state(), next))
                .ifPresent(next -> audited(p)));
    }

    private RevocationProposalRow audited(RevocationProposalRow before) {
        RevocationProposalRow after = repository.find(before.id()).orElseThrow();
        audit.record(RevocationProposals.ENTITY, before.id(), before.unitCode(), AuditAction.UPDATE, before, after);
        return after;
    }
}
